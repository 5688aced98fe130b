package org.onedoor.admin.onboarding.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.onedoor.admin.onboarding.entity.SubUnitLine;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.PayloadTooLargeException;

class SubUnitSheetTest {

    private static final String CHINESE_CSV = "区划代码,名称,层级,上级代码,管理员用户名,管理员邮箱\n"
            + "420102001,大智街道,街道,420102,dazhi.admin,dazhi@example.org\n"
            + "\n"
            + "420102001001,\"车站路社区, 一区\",社区,420102001,,\n";

    @Test
    void readsChineseHeadersInUtf8WithBom() {
        List<SubUnitLine> lines = SubUnitSheet.read(("\uFEFF" + CHINESE_CSV).getBytes(StandardCharsets.UTF_8), "a.csv");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .isEqualTo(new SubUnitLine(
                        2, "420102001", "大智街道", "街道", "420102", "dazhi.admin", "dazhi@example.org", null));
        assertThat(lines.get(1).line()).as("line numbers count blank lines").isEqualTo(4);
        assertThat(lines.get(1).name()).isEqualTo("车站路社区, 一区");
        assertThat(lines.get(1).hasAdministrator()).isFalse();
    }

    @Test
    void readsGbkAsExcelSavesIt() {
        List<SubUnitLine> lines = SubUnitSheet.read(CHINESE_CSV.getBytes(Charset.forName("GBK")), "a.csv");

        assertThat(lines).extracting(SubUnitLine::name).containsExactly("大智街道", "车站路社区, 一区");
    }

    @Test
    void readsEnglishHeadersInAnyOrder() {
        String csv = "Parent Code,Code,Name\n420102,420102002,一元街道\n";

        assertThat(SubUnitSheet.read(csv.getBytes(StandardCharsets.UTF_8), "b.csv"))
                .extracting(SubUnitLine::code, SubUnitLine::parentCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("420102002", "420102"));
    }

    @Test
    void readsTheFirstSheetOfAnXlsx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "OneDoor", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("中心");
            String[][] cells = {{"区划代码", "名称", "上级代码"}, {"420102003", "车站街道", "420102"}};
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    sheet.value(r, c, cells[r][c]);
                }
            }
        }

        assertThat(SubUnitSheet.read(bytes.toByteArray(), "c.xlsx"))
                .extracting(SubUnitLine::line, SubUnitLine::code, SubUnitLine::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "420102003", "车站街道"));
    }

    @Test
    void readsCodesThatExcelStoredAsNumbers() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "OneDoor", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("中心");
            sheet.value(0, 0, "区划代码");
            sheet.value(0, 1, "名称");
            sheet.value(0, 2, "上级代码");
            sheet.value(1, 0, 420102001001L);
            sheet.value(1, 1, "车站路社区");
            sheet.value(1, 2, 420102001L);
        }

        assertThat(SubUnitSheet.read(bytes.toByteArray(), "n.xlsx"))
                .extracting(SubUnitLine::code, SubUnitLine::parentCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("420102001001", "420102001"));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        assertThatThrownBy(() -> SubUnitSheet.read("名称\n大智街道\n".getBytes(StandardCharsets.UTF_8), "d.csv"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(v -> v.messageKey())
                        .containsExactly("onboarding.file.header"));
        assertThatThrownBy(() -> SubUnitSheet.read(new byte[0], "e.csv")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SubUnitSheet.read("区划代码,名称,上级代码\n".getBytes(StandardCharsets.UTF_8), "f.csv"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSheetOfMillionsOfBlankRowsIsNotReadToItsEnd() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "OneDoor", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("中心");
            sheet.value(0, 0, "区划代码");
            sheet.value(0, 1, "名称");
            sheet.value(0, 2, "上级代码");
            for (int r = 1; r <= SubUnitSheet.MAX_ROWS_READ + 5; r++) {
                sheet.value(r, 20, " ");
            }
        }

        assertThatThrownBy(() -> SubUnitSheet.read(bytes.toByteArray(), "blank.xlsx"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(v -> v.messageKey())
                        .containsExactly("onboarding.file.too-many-lines"));
    }

    @Test
    void aRowThatClaimsTheLastColumnIsReadOnlyInItsFirstColumns() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "OneDoor", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("中心");
            sheet.value(0, 0, "区划代码");
            sheet.value(0, 1, "名称");
            sheet.value(0, 2, "上级代码");
            for (int r = 1; r <= 50; r++) {
                sheet.value(r, 0, "420102" + String.format("%03d", r));
                sheet.value(r, 1, "街道" + r);
                sheet.value(r, 2, "420102");
                sheet.value(r, 16_383, "XFD");
            }
        }

        assertThat(SubUnitSheet.read(bytes.toByteArray(), "wide.xlsx")).hasSize(50);
    }

    @Test
    void tooManyLinesAreRefusedWhileReading() {
        StringBuilder csv = new StringBuilder("code,name,parent code\n");
        for (int i = 0; i <= SubUnitSheet.MAX_LINES; i++) {
            csv.append("420102001,x,420102\n");
        }

        assertThatThrownBy(() -> SubUnitSheet.read(csv.toString().getBytes(StandardCharsets.UTF_8), "many.csv"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(v -> v.messageKey())
                        .containsExactly("onboarding.file.too-many-lines"));
    }

    @Test
    void aCellLongerThanAnyNameIsRefusedNamingItsLine() {
        String csv = "code,name,parent code\n420102001,大智街道,420102\n420102002," + "长".repeat(600) + ",420102\n";

        assertThatThrownBy(() -> SubUnitSheet.read(csv.getBytes(StandardCharsets.UTF_8), "long.csv"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.messageKey()).isEqualTo("onboarding.file.cell-too-long");
                            assertThat(v.arguments()).containsExactly(3, SubUnitSheet.MAX_CELL_CHARS);
                        }));
    }

    @Test
    void anXlsxThatUnpacksToMoreThanTheLimitIsRefusedAsTooLarge() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= SubUnitSheet.MAX_UNPACKED_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).as("a small upload").isLessThan(SubUnitSheet.MAX_BYTES);

        assertThatThrownBy(() -> SubUnitSheet.read(bytes.toByteArray(), "bomb.xlsx"))
                .isInstanceOf(PayloadTooLargeException.class)
                .hasMessage("onboarding.file.unpacked-too-large");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAsTooLarge() {
        byte[] big = new byte[SubUnitSheet.MAX_BYTES + 1];

        assertThatThrownBy(() -> SubUnitSheet.read(big, "big.csv")).isInstanceOf(PayloadTooLargeException.class);
    }
}
