package org.onedoor.admin.categories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onedoor.admin.categories.entity.Category;
import org.onedoor.admin.categories.entity.CategoryDeactivation;
import org.onedoor.admin.categories.entity.DictionaryEntry;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.tenancy.control.CenterTree;

/**
 * The dispute category dictionary of the center bound to the transaction: the defaults, what its
 * ancestors added (inherited, read from their schemas), what it added itself — minus what it
 * deactivated. A center's addition is visible at once in every center beneath it.
 */
@ApplicationScoped
public class Dictionary {

    private static final String SCHEMA = "[a-z][a-z0-9_]{0,62}";

    @PersistenceContext(unitName = "admin")
    EntityManager em;

    @Inject
    CenterTree tree;

    /** Every category this center knows, active or not, parents before children. */
    public List<DictionaryEntry> of(String center) {
        Map<String, DictionaryEntry> entries = new LinkedHashMap<>();
        for (Ancestor ancestor : ancestors(center)) {
            for (Object[] row : ownCategoriesOf(ancestor.schema())) {
                entries.putIfAbsent(
                        (String) row[0],
                        new DictionaryEntry(
                                (String) row[0],
                                (String) row[1],
                                (String) row[2],
                                (String) row[3],
                                "inherited",
                                ancestor.code(),
                                ((Number) row[4]).intValue(),
                                true));
            }
        }
        for (Category category :
                em.createQuery("select c from Category c", Category.class).getResultList()) {
            entries.put(
                    category.code(),
                    new DictionaryEntry(
                            category.code(),
                            category.name(),
                            category.nameEn(),
                            category.parentCode(),
                            category.isOwn() ? "own" : "default",
                            null,
                            category.position(),
                            true));
        }
        Set<String> deactivated =
                new HashSet<>(em.createQuery("select d.code from CategoryDeactivation d", String.class)
                        .getResultList());
        List<DictionaryEntry> all = new ArrayList<>();
        for (DictionaryEntry entry : entries.values()) {
            boolean parentInactive = entry.parentCode() != null && deactivated.contains(entry.parentCode());
            all.add(deactivated.contains(entry.code()) || parentInactive ? entry.deactivated() : entry);
        }
        all.sort(Comparator.comparingInt((DictionaryEntry entry) -> rootPosition(entry, entries))
                .thenComparing(entry -> entry.parentCode() != null)
                .thenComparingInt(DictionaryEntry::position)
                .thenComparing(DictionaryEntry::code));
        return all;
    }

    public List<DictionaryEntry> active(String center) {
        return of(center).stream().filter(DictionaryEntry::active).toList();
    }

    public Optional<DictionaryEntry> find(String center, String code) {
        return of(center).stream().filter(entry -> entry.code().equals(code)).findFirst();
    }

    /** Adds a category of this center's own, beneath {@code parentCode} or at the top. */
    public Category add(String center, String code, String name, String nameEn, String parentCode) {
        if (!code.matches(Category.CODE_PATTERN)) {
            throw new InvalidInputException("code", "category.code.invalid", code);
        }
        List<DictionaryEntry> known = of(center);
        if (known.stream().anyMatch(entry -> entry.code().equals(code))) {
            throw new ConflictException("category.exists", code);
        }
        if (parentCode != null) {
            DictionaryEntry parent = known.stream()
                    .filter(entry -> entry.code().equals(parentCode) && entry.active())
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("parentCode", "category.unknown", parentCode));
            if (parent.parentCode() != null) {
                throw new InvalidInputException("parentCode", "category.too-deep", parentCode);
            }
        }
        Category category = Category.own(code, name.strip(), blankToNull(nameEn), parentCode, known.size() * 10 + 1000);
        em.persist(category);
        return category;
    }

    public Category rename(String code, String name, String nameEn) {
        Category category = em.find(Category.class, code);
        if (category == null || !category.isOwn()) {
            throw new ConflictException("category.not-own", code);
        }
        category.rename(name.strip(), blankToNull(nameEn));
        return category;
    }

    public void deactivate(String center, String code, String actor) {
        require(center, code);
        if (em.find(CategoryDeactivation.class, code) == null) {
            em.persist(new CategoryDeactivation(code, actor));
        }
    }

    public void activate(String center, String code) {
        require(center, code);
        CategoryDeactivation deactivation = em.find(CategoryDeactivation.class, code);
        if (deactivation != null) {
            em.remove(deactivation);
        }
    }

    private void require(String center, String code) {
        if (find(center, code).isEmpty()) {
            throw new NotFoundException("category.not-found", code);
        }
    }

    private static int rootPosition(DictionaryEntry entry, Map<String, DictionaryEntry> all) {
        DictionaryEntry root = entry.parentCode() == null ? entry : all.getOrDefault(entry.parentCode(), entry);
        return root.position();
    }

    private record Ancestor(String code, String schema) {}

    /** The centers above {@code center}, from the top down. */
    private List<Ancestor> ancestors(String center) {
        return tree.ancestors(center).stream()
                .map(node -> new Ancestor(node.code(), node.center().schemaName()))
                .toList();
    }

    /** An ancestor's own additions. Provinces and cities have no schema tables of their own yet: none. */
    @SuppressWarnings("unchecked")
    private List<Object[]> ownCategoriesOf(String schema) {
        if (!schema.matches(SCHEMA)) {
            throw new IllegalStateException("unexpected schema name " + schema);
        }
        boolean exists = ((Number) em.createNativeQuery("select count(*) from information_schema.tables"
                                        + " where table_schema = ?1 and table_name = 'category'")
                                .setParameter(1, schema)
                                .getSingleResult())
                        .intValue()
                > 0;
        if (!exists) {
            return List.of();
        }
        return em.createNativeQuery("select code, name, name_en, parent_code, position from \"" + schema
                        + "\".category where origin = '" + Category.Origin.OWN + "' order by position, code")
                .getResultList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
