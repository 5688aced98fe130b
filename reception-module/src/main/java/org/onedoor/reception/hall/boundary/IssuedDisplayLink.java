package org.onedoor.reception.hall.boundary;

import java.io.Serializable;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.onedoor.reception.hall.control.DisplayLinks;

/**
 * A display link just made, with the address that opens the display: the only answer that ever
 * carries its token. {@code path} is the address within the site, {@code url} the whole of it.
 */
public record IssuedDisplayLink(UUID id, String label, String createdBy, OffsetDateTime createdAt, String path, URI url)
        implements Serializable {

    /** The display's address within the module, for a token. */
    static final String DISPLAY_PAGE = "display/hall.xhtml?key=";

    /** {@code moduleRoot}: the module's address with a trailing slash, e.g. {@code https://…/reception/}. */
    static IssuedDisplayLink of(DisplayLinks.Issued issued, URI moduleRoot) {
        URI url = moduleRoot.resolve(DISPLAY_PAGE + issued.token().value());
        return new IssuedDisplayLink(
                issued.link().id(),
                issued.link().label(),
                issued.link().createdBy(),
                issued.link().createdAt(),
                url.getRawPath() + "?" + url.getRawQuery(),
                url);
    }
}
