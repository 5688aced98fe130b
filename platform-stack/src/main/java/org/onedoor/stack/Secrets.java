package org.onedoor.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * Passwords and client secrets of a local installation: generated on first use, kept in a file
 * readable only by its owner (outside the repository), the same on every later start.
 */
public final class Secrets {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties values = new Properties();

    private Secrets(Path file) {
        this.file = file;
    }

    /** Secrets kept in {@code file}; null keeps them in memory only (tests). */
    public static Secrets in(Path file) {
        Secrets secrets = new Secrets(file);
        if (file != null && Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                secrets.values.load(reader);
            } catch (IOException e) {
                throw new StackException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return secrets;
    }

    /** The secret named {@code name}, created when it does not exist yet. */
    public synchronized String get(String name) {
        String known = values.getProperty(name);
        if (known != null) {
            return known;
        }
        String created = generate(24);
        values.setProperty(name, created);
        save();
        return created;
    }

    /**
     * A password people type: long enough, with upper and lower case and a digit, as the realm's
     * password policy asks.
     */
    public synchronized String password(String name) {
        String known = values.getProperty(name);
        if (known != null) {
            return known;
        }
        String created = "Od-" + generate(8) + "7a";
        values.setProperty(name, created);
        save();
        return created;
    }

    static String generate(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // best effort on file systems without POSIX permissions
                }
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(writer, "OneDoor local secrets: generated, never committed");
            }
        } catch (IOException e) {
            throw new StackException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
