package org.onedoor.cases.agreements.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.onedoor.cases.casefiles.entity.Agreement;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.CaseParty;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.problems.entity.ConflictException;

/**
 * The mediation agreement (人民调解协议书) as a PDF in Chinese. The font is Adobe's STSong (宋体), one
 * of the CJK fonts every PDF reader provides: OpenPDF carries its metrics, so the server needs no
 * font file and the text stays extractable.
 */
@ApplicationScoped
public class AgreementDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public byte[] render(String centerName, CaseFile caseFile) {
        Agreement agreement =
                caseFile.agreement().orElseThrow(() -> new ConflictException("case.no-agreement", caseFile.number()));
        try {
            BaseFont song = BaseFont.createFont("STSongStd-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(song, 20, Font.BOLD);
            Font heading = new Font(song, 12, Font.BOLD);
            Font body = new Font(song, 12);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 64, 64, 64, 64);
            PdfWriter.getInstance(document, out);
            document.addTitle("人民调解协议书 " + caseFile.number());
            document.open();
            Paragraph head = new Paragraph("人民调解协议书", title);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            Paragraph number = new Paragraph(centerName + "  编号：" + caseFile.number(), body);
            number.setAlignment(Element.ALIGN_RIGHT);
            number.setSpacingAfter(12);
            document.add(number);
            document.add(new Paragraph("当事人", heading));
            for (CaseParty party : caseFile.parties()) {
                document.add(new Paragraph(
                        role(party.role()) + "：" + party.value(CaseParty.Field.NAME)
                                + line("  身份证号：", party.value(CaseParty.Field.ID_NUMBER))
                                + line("  电话：", party.value(CaseParty.Field.PHONE))
                                + line("  住址：", party.value(CaseParty.Field.ADDRESS)),
                        body));
            }
            section(document, "纠纷事实及责任", agreement.facts(), heading, body);
            section(document, "经调解，自愿达成如下协议", agreement.terms(), heading, body);
            section(
                    document,
                    "履行方式、地点、期限",
                    "履行方式：" + agreement.manner() + "；履行地点：" + agreement.place() + "；履行期限："
                            + DATE.format(agreement.deadline()) + "前。",
                    heading,
                    body);
            Paragraph copies =
                    new Paragraph("本协议书一式三份，当事人各执一份，人民调解委员会留存一份。本协议自各方当事人签名（盖章）、人民调解员签名并加盖人民调解委员会印章之日起生效。", body);
            copies.setSpacingBefore(12);
            document.add(copies);
            Paragraph signatures = new Paragraph(
                    "当事人（签名）：____________    当事人（签名）：____________\n\n"
                            + "人民调解员（签名）：____________    人民调解委员会（印章）\n\n"
                            + DATE.format(caseFile.agreedAt().atZoneSameInstant(CHINA)),
                    body);
            signatures.setSpacingBefore(24);
            document.add(signatures);
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the agreement of case " + caseFile.number() + " cannot be rendered", e);
        }
    }

    private static void section(Document document, String title, String text, Font heading, Font body)
            throws DocumentException {
        Paragraph head = new Paragraph(title, heading);
        head.setSpacingBefore(10);
        document.add(head);
        document.add(new Paragraph(text, body));
    }

    private static String role(PartyRole role) {
        return switch (role) {
            case APPLICANT -> "申请人";
            case RESPONDENT -> "被申请人";
            case OTHER -> "其他当事人";
        };
    }

    private static String line(String label, String value) {
        return value == null || value.isBlank() ? "" : label + value;
    }
}
