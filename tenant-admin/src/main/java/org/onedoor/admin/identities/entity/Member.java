package org.onedoor.admin.identities.entity;

import java.io.Serializable;

/** Someone on a center's staff in one role (a person holding two roles is two members). */
public record Member(String username, String name, String role) implements Serializable {}
