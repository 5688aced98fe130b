package org.onedoor.admin.categories.entity;

/**
 * A category as a center sees it: where it comes from ({@code default}, {@code inherited} from an
 * ancestor center, or {@code own}) and whether this center uses it.
 */
public record DictionaryEntry(
        String code,
        String name,
        String nameEn,
        String parentCode,
        String origin,
        String inheritedFrom,
        int position,
        boolean active) {

    public DictionaryEntry deactivated() {
        return new DictionaryEntry(code, name, nameEn, parentCode, origin, inheritedFrom, position, false);
    }
}
