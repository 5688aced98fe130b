package org.onedoor.cases.agreements.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.cases.casefiles.entity.Agreement;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.matters.entity.RiskLevel;
import org.onedoor.platform.security.entity.Actor;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The agreement must print on any machine: a reader without Adobe's Asian font pack (poppler on
 * Linux; PDFBox here, on a machine with no CJK font) draws only what the file carries.
 */
class AgreementDocumentTest {

    static final Actor DESK = new Actor("desk", "王前台");
    static final Actor MEDIATOR = new Actor("mediator", "陈志强");

    static final String STREET = "420102001";
    static final Agreement AGREEMENT =
            new Agreement("双方因子女抚养费发生争执。", "赵强每月支付子女抚养费人民币贰仟元。", "银行转账", "武汉市汉阳区", LocalDate.of(2026, 12, 31));

    /** Facts and terms as long as the form allows (4,000 characters), punctuation at every offset. */
    static final Agreement LONGEST = new Agreement(
            longest("（一）赵强与王丽于二〇一五年登记结婚，育有一子赵小明（现年八岁）；二〇二五年协议离婚后，就抚养费发生争执。"),
            longest("一、赵强自2027年1月起每月10日前支付抚养费人民币贰仟元（¥2,000），至赵小明年满十八周岁止；"),
            "银行转账",
            "武汉市汉阳区",
            LocalDate.of(2027, 1, 10));

    final AgreementDocument documents = new AgreementDocument();

    static String longest(String sentence) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() + sentence.length() + 1 <= 4000; i++) {
            text.append(i).append(sentence);
        }
        return text.toString();
    }

    static CaseFile resolved(Agreement agreement, String... respondents) {
        CaseFile file = CaseFile.open(
                STREET,
                "2026-0001",
                new CaseFile.Dispatch(
                        UUID.randomUUID(),
                        "A001",
                        "divorce",
                        "离婚纠纷",
                        Channel.WALK_IN,
                        Grade.ORDINARY,
                        RiskLevel.LOW,
                        "事由",
                        UUID.randomUUID(),
                        "婚姻家庭纠纷调解室",
                        OffsetDateTime.now().minusMinutes(5),
                        Actor.unnamed("desk")),
                DESK);
        file.addParty(PartyRole.APPLICANT, "王丽", "420102199003071232", "13812345678", "湖北省武汉市江岸区胜利街1号");
        for (String respondent : respondents) {
            file.addParty(PartyRole.RESPONDENT, respondent, null, null, null);
        }
        file.accept(STREET, MEDIATOR);
        file.resolveWith(STREET, agreement, MEDIATOR);
        return file;
    }

    byte[] bytes(CaseFile file) {
        return documents.render("大智街道人民调解委员会", file);
    }

    PDDocument render(CaseFile file) throws IOException {
        return Loader.loadPDF(bytes(file));
    }

    @Test
    @DisplayName("#14.8 every font of the agreement is embedded, as pdffonts would list them")
    void fontsEmbedded() throws IOException {
        try (PDDocument pdf = render(resolved(AGREEMENT, "赵强"))) {
            List<PDFont> fonts = fonts(pdf);
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                if (font instanceof PDType0Font type0) {
                    assertThat(type0.getDescendantFont().isEmbedded())
                            .as(font.getName())
                            .isTrue();
                    assertThat(type0.getDescendantFont().getFontDescriptor().getFontFile2())
                            .as("the TrueType program of " + font.getName())
                            .isNotNull();
                }
            }
        }
    }

    @Test
    @DisplayName("#14.8 the text stays extractable: the title, the number and the parties")
    void textExtractable() throws IOException {
        try (PDDocument pdf = render(resolved(AGREEMENT, "赵强"))) {
            // 人 and 民 share their glyphs with the Kangxi radicals ⼈ and ⺠: the text must name the ideographs
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains("人民调解协议书", "编号：2026-0001", "王丽", "赵强", "抚养费人民币贰仟元", "一式三份");
        }
    }

    @Test
    @DisplayName("#14.8 the title is drawn: seven different characters where it stands, nothing in the margin")
    void titleDrawn() throws IOException {
        try (PDDocument pdf = render(resolved(AGREEMENT, "赵强"))) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72, ImageType.GRAY);
            // at 72 dpi a pixel is a point: the title stands centred below the 64 pt top margin
            int[] characters = inkPerCharacter(page, 56, 100, 7);
            int ink = Arrays.stream(characters).sum();
            assertThat(ink).as("dark pixels of the title 人民调解协议书").isGreaterThan(500);
            // a missing font draws the same empty box seven times (48 dark pixels each, measured)
            int spread = Arrays.stream(characters).max().orElseThrow()
                    - Arrays.stream(characters).min().orElseThrow();
            assertThat(spread)
                    .as("ink of each character of the title: " + Arrays.toString(characters))
                    .isGreaterThan(ink / 7 / 2);
            assertThat(darkPixels(page, 0, 0, 48, page.getHeight()))
                    .as("the left margin")
                    .isZero();
        }
    }

    @Test
    @DisplayName("#14.8 PDF/A-2b: XMP metadata names part 2, conformance B, the title; an sRGB output intent")
    void pdfAMarkers() throws Exception {
        try (PDDocument pdf = render(resolved(AGREEMENT, "赵强"))) {
            assertThat(pdf.getDocumentCatalog().getMetadata()).isNotNull();
            XMPMetadata xmp = new DomXmpParser()
                    .parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
            PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
            assertThat(id).isNotNull();
            assertThat(id.getPart()).isEqualTo(2);
            assertThat(id.getConformance()).isEqualTo("B");
            assertThat(xmp.getDublinCoreSchema().getTitle())
                    .isEqualTo(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("人民调解协议书 2026-0001");
            List<PDOutputIntent> intents = pdf.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
            assertThat(intents.get(0).getDestOutputIntent()).isNotNull();
        }
    }

    @Test
    @DisplayName("#14.8 veraPDF finds the agreement PDF/A-2b, the longest one with unprintable characters too")
    void pdfACompliant() throws Exception {
        assertThat(violations(bytes(resolved(AGREEMENT, "赵强")))).isEmpty();
        assertThat(violations(bytes(resolved(LONGEST, "吉𠮷", "赵\u200d强\u0007", "李\uFE00明"))))
                .isEmpty();
    }

    @Test
    @DisplayName("#14.8 a character the font lacks prints as 〓, invisible ones vanish; the agreement still prints")
    void missingCharacters() throws IOException {
        // 𠮷 (U+20BB7, CJK Extension B) is not in Noto Serif SC; the rest are a zero-width joiner,
        // a bell and a variation selector, typed or pasted by accident
        try (PDDocument pdf = render(resolved(AGREEMENT, "吉𠮷", "赵\u200d强\u0007", "李\uFE00明"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("被申请人：吉〓", "被申请人：赵强", "被申请人：李明");
            assertThat(fonts(pdf)).allMatch(PDFont::isEmbedded);
        }
    }

    @Test
    @DisplayName(
            "#14.8 the longest agreement runs onto further pages: all its text, inside the margins, punctuation kept")
    void longestAgreement() throws IOException {
        try (PDDocument pdf = render(resolved(LONGEST, "赵强"))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text.replaceAll("\\s+", ""))
                    .contains(LONGEST.facts(), LONGEST.terms(), "420102199003071232", "2027年1月10日前");
            for (String line : text.split("\\R")) {
                assertThat(line.strip()).as("a line").doesNotMatch("[，。；：）、].*").doesNotMatch(".*（");
            }
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int index = 0; index < pdf.getNumberOfPages(); index++) {
                BufferedImage page = renderer.renderImageWithDPI(index, 72, ImageType.GRAY);
                int width = page.getWidth();
                int height = page.getHeight();
                assertThat(darkPixels(page, 0, 0, width, 48))
                        .as("top margin of page %d", index + 1)
                        .isZero();
                assertThat(darkPixels(page, 0, height - 48, width, height))
                        .as("bottom margin of page %d", index + 1)
                        .isZero();
                assertThat(darkPixels(page, 0, 0, 48, height))
                        .as("left margin of page %d", index + 1)
                        .isZero();
                // closing punctuation may hang one character into the right margin, no further
                assertThat(darkPixels(page, width - 48, 0, width, height))
                        .as("right margin of page %d", index + 1)
                        .isZero();
            }
            String lastPage = lastPage(pdf);
            assertThat(lastPage).as("the signatures stay together").contains("当事人（签名）", "人民调解员（签名）");
        }
    }

    @Test
    @DisplayName("#14.8 agreements rendered at the same time share the font and get each their own text")
    void concurrentRenders() throws Exception {
        List<String> names = IntStream.range(0, 8).mapToObj(i -> "赵强" + i).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (String name : names) {
                pdfs.add(pool.submit(() -> bytes(resolved(AGREEMENT, name))));
            }
            for (int i = 0; i < names.size(); i++) {
                try (PDDocument pdf = Loader.loadPDF(pdfs.get(i).get())) {
                    String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
                    assertThat(text).contains("被申请人：" + names.get(i) + "纠纷事实");
                    assertThat(fonts(pdf)).allMatch(PDFont::isEmbedded);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static List<String> violations(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> violations = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + " " + assertion.getMessage())
                    .distinct()
                    .toList();
            assertThat(result.isCompliant()).as(violations.toString()).isEqualTo(violations.isEmpty());
            return violations;
        }
    }

    static String lastPage(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pdf.getNumberOfPages());
        return stripper.getText(pdf).replaceAll("\\s+", "");
    }

    /** Dark pixels of the band's inked width split in equal parts, one per character. */
    static int[] inkPerCharacter(BufferedImage image, int y0, int y1, int characters) {
        int left = image.getWidth();
        int right = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (dark(image, x, y)) {
                    left = Math.min(left, x);
                    right = Math.max(right, x + 1);
                }
            }
        }
        int[] ink = new int[characters];
        int width = Math.max(0, right - left);
        for (int i = 0; i < characters; i++) {
            ink[i] = darkPixels(image, left + i * width / characters, y0, left + (i + 1) * width / characters, y1);
        }
        return ink;
    }

    static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (dark(image, x, y)) {
                    dark++;
                }
            }
        }
        return dark;
    }

    static boolean dark(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xff) < 128;
    }

    static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            collect(page.getResources(), fonts);
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDFormXObject form) {
                collect(form.getResources(), fonts);
            }
        }
    }
}
