package org.onedoor.platform.paging.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A page's table over a list that grows with use: the table asks for one page at a time (issue
 * #14.6) through the same paged control the REST resource calls, and shows the total.
 */
public final class PagedTable<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Reads one page; a page bean's method, so the table follows the bean's filters. */
    @FunctionalInterface
    public interface Reader<T> extends Serializable {
        Page<T> read(PageRequest request);
    }

    private final Reader<T> reader;

    public PagedTable(Reader<T> reader) {
        this.reader = reader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) reader.read(new PageRequest(0, 1)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        Page<T> found = reader.read(new PageRequest(first / size, size));
        setRowCount((int) found.total());
        return found.items();
    }
}
