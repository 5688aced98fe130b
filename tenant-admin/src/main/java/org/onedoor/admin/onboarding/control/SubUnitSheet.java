package org.onedoor.admin.onboarding.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.onedoor.admin.onboarding.entity.SubUnitLine;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.PayloadTooLargeException;

/**
 * Reads an onboarding file — CSV (UTF-8, or GBK as Excel in China saves it) or XLSX (first sheet) —
 * into lines. Columns are found by their header, in Chinese or English, in any order.
 */
public final class SubUnitSheet {

    public static final int MAX_LINES = 5_000;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Blank rows count too: a sheet of a million empty rows is not read to its end. */
    static final int MAX_ROWS_READ = 2 * MAX_LINES;
    /** Only the first columns are read: the known ones, wherever they stand, and room for others. */
    static final int MAX_COLUMNS = 30;

    static final int MAX_CELL_CHARS = 500;
    static final long MAX_UNPACKED_BYTES = 25L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 200;

    enum Column {
        CODE("code", "区划代码", "代码"),
        NAME("name", "名称", "中心名称"),
        LEVEL("level", "层级"),
        PARENT("parent code", "parent_code", "parentcode", "上级代码", "上级区划代码"),
        ADMIN_USERNAME("administrator username", "admin username", "admin_username", "管理员用户名", "管理员账号"),
        ADMIN_EMAIL("administrator email", "admin email", "admin_email", "管理员邮箱"),
        ADMIN_NAME("administrator name", "admin name", "admin_name", "管理员姓名");

        private final List<String> headers;

        Column(String... headers) {
            this.headers = List.of(headers);
        }

        static Optional<Column> of(String header) {
            String normalized = header.strip()
                    .toLowerCase(Locale.ROOT)
                    .replace('\uFEFF', ' ')
                    .strip();
            for (Column column : values()) {
                if (column.headers.contains(normalized)) {
                    return Optional.of(column);
                }
            }
            return Optional.empty();
        }
    }

    private SubUnitSheet() {}

    /**
     * The lines of the file; a file that cannot be read as a whole is refused with the reason. Every
     * limit is enforced while reading, row by row, so an oversized file costs no more than the limit.
     */
    public static List<SubUnitLine> read(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "onboarding.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new PayloadTooLargeException("onboarding.file.too-large", MAX_BYTES / 1024 / 1024);
        }
        Lines lines = new Lines();
        if (isXlsx(content)) {
            requireUnpackedWithinLimit(content);
            xlsx(content, lines);
        } else {
            csv(content, lines);
        }
        return lines.all();
    }

    /** Collects the rows of a file as they are read: the header first, then the lines, within the limits. */
    private static final class Lines {

        private Map<Column, Integer> columns;
        private final List<SubUnitLine> lines = new ArrayList<>();
        private int rows;

        void row(int number, List<String> cells) {
            if (++rows > MAX_ROWS_READ) {
                throw new InvalidInputException("file", "onboarding.file.too-many-lines", MAX_LINES);
            }
            for (String cell : cells) {
                if (cell != null && cell.length() > MAX_CELL_CHARS) {
                    throw new InvalidInputException("file", "onboarding.file.cell-too-long", number, MAX_CELL_CHARS);
                }
            }
            if (columns == null) {
                columns = header(cells);
                return;
            }
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                return;
            }
            if (lines.size() == MAX_LINES) {
                throw new InvalidInputException("file", "onboarding.file.too-many-lines", MAX_LINES);
            }
            lines.add(new SubUnitLine(
                    number,
                    cell(cells, columns, Column.CODE),
                    cell(cells, columns, Column.NAME),
                    cell(cells, columns, Column.LEVEL),
                    cell(cells, columns, Column.PARENT),
                    cell(cells, columns, Column.ADMIN_USERNAME),
                    cell(cells, columns, Column.ADMIN_EMAIL),
                    cell(cells, columns, Column.ADMIN_NAME)));
        }

        List<SubUnitLine> all() {
            if (lines.isEmpty()) {
                throw new InvalidInputException("file", "onboarding.file.empty");
            }
            return List.copyOf(lines);
        }
    }

    private static Map<Column, Integer> header(List<String> header) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            Column.of(String.valueOf(header.get(i))).ifPresent(column -> columns.putIfAbsent(column, index));
        }
        if (!columns.containsKey(Column.CODE)
                || !columns.containsKey(Column.NAME)
                || !columns.containsKey(Column.PARENT)) {
            throw new InvalidInputException("file", "onboarding.file.header");
        }
        return columns;
    }

    private static String cell(List<String> row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.size() || row.get(index) == null) {
            return null;
        }
        String value = row.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean isXlsx(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /**
     * An XLSX file is a zip: a few megabytes can unpack to gigabytes of XML. Its entries are unpacked
     * once, counting, before the reader sees them; past the limit the file is refused.
     */
    private static void requireUnpackedWithinLimit(byte[] content) {
        long unpacked = 0;
        byte[] buffer = new byte[8192];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .get()) {
            int entries = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new InvalidInputException("file", "onboarding.file.unreadable");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            throw new PayloadTooLargeException(
                                    "onboarding.file.unpacked-too-large", MAX_UNPACKED_BYTES / 1024 / 1024);
                        }
                    }
                }
            }
        } catch (InvalidInputException | PayloadTooLargeException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "onboarding.file.unreadable");
        }
    }

    /** The first sheet, streamed row by row; only the first columns of a row are read, however wide it claims to be. */
    private static void xlsx(byte[] content, Lines lines) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.min(row.getCellCount(), MAX_COLUMNS); i++) {
                    cells.add(row.getOptionalCell(i).map(SubUnitSheet::text).orElse(null));
                }
                lines.row(row.getRowNum(), cells);
            });
        } catch (InvalidInputException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "onboarding.file.unreadable");
        }
    }

    /** A cell's text; a code Excel stored as a number (as it does when one types it) reads as its digits. */
    private static String text(Cell cell) {
        return switch (cell.getType()) {
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
            case EMPTY -> null;
            default -> cell.getText();
        };
    }

    private static void csv(byte[] content, Lines lines) {
        String text = decode(content);
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(false) // keep line numbers those of the spreadsheet
                .get()
                .parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.min(record.size(), MAX_COLUMNS); i++) {
                    cells.add(record.get(i));
                }
                lines.row((int) record.getRecordNumber(), cells);
            }
        } catch (InvalidInputException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "onboarding.file.unreadable");
        }
    }

    /** UTF-8 (a BOM is dropped); a file that is not valid UTF-8 is read as GB18030 (GBK), Excel's Chinese default. */
    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GB18030"));
        }
    }
}
