package org.onedoor.admin.onboarding.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.onedoor.admin.onboarding.entity.SubUnitLine;
import org.onedoor.platform.problems.entity.InvalidInputException;

/**
 * Reads an onboarding file — CSV (UTF-8, or GBK as Excel in China saves it) or XLSX (first sheet) —
 * into lines. Columns are found by their header, in Chinese or English, in any order.
 */
public final class SubUnitSheet {

    public static final int MAX_LINES = 5_000;
    public static final int MAX_BYTES = 5 * 1024 * 1024;

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

    /** The lines of the file; a file that cannot be read as a whole is refused with the reason. */
    public static List<SubUnitLine> read(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "onboarding.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "onboarding.file.too-large", MAX_BYTES / 1024 / 1024);
        }
        List<List<String>> rows = isXlsx(content) ? xlsx(content) : csv(content);
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "onboarding.file.empty");
        }
        Map<Column, Integer> columns = header(rows.get(0));
        List<SubUnitLine> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            lines.add(new SubUnitLine(
                    i + 1,
                    cell(row, columns, Column.CODE),
                    cell(row, columns, Column.NAME),
                    cell(row, columns, Column.LEVEL),
                    cell(row, columns, Column.PARENT),
                    cell(row, columns, Column.ADMIN_USERNAME),
                    cell(row, columns, Column.ADMIN_EMAIL),
                    cell(row, columns, Column.ADMIN_NAME)));
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("file", "onboarding.file.empty");
        }
        if (lines.size() > MAX_LINES) {
            throw new InvalidInputException("file", "onboarding.file.too-many-lines", MAX_LINES);
        }
        return lines;
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

    private static List<List<String>> xlsx(byte[] content) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getFirstSheet();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getOptionalCell(i).map(SubUnitSheet::text).orElse(null));
                }
                rows.add(cells);
            }
            return rows;
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

    private static List<List<String>> csv(byte[] content) {
        String text = decode(content);
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT
                    .builder()
                    .setIgnoreSurroundingSpaces(true)
                    .setIgnoreEmptyLines(false) // keep line numbers those of the spreadsheet
                    .get()
                    .parse(new StringReader(text))) {
                rows.add(record.toList());
            }
            return rows;
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
