package org.onedoor.platform.paging.entity;

import org.onedoor.platform.problems.entity.InvalidInputException;

/**
 * Which page of a list a caller asks for: {@code page} from 0, {@code size} 1 to {@value #MAX_SIZE}
 * ({@value #DEFAULT_SIZE} by default). Read from the query's text, so a bad value answers 400 naming
 * the parameter instead of JAX-RS's 404 for an unconvertible number.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** Beyond this a caller narrows the filter instead of paging on: deep offsets cost the database. */
    public static final int MAX_PAGE = 10_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidInputException("page", "page.page-range", MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "page.size-range", MAX_SIZE);
        }
    }

    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    /** The page named by the query parameters' text; absent values take the defaults. */
    public static PageRequest of(String page, String size) {
        return new PageRequest(number("page", page, 0), number("size", size, DEFAULT_SIZE));
    }

    public int offset() {
        return page * size;
    }

    private static int number(String name, String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "page.not-a-number");
        }
    }
}
