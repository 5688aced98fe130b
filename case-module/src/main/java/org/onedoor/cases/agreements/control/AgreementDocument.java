package org.onedoor.cases.agreements.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Locale;
import org.onedoor.cases.agreements.control.Typesetter.Align;
import org.onedoor.cases.agreements.control.Typesetter.Style;
import org.onedoor.cases.casefiles.entity.Agreement;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.CaseParty;
import org.onedoor.platform.i18n.control.Labels;
import org.onedoor.platform.i18n.control.Languages;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.time.control.HumanTime;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * The mediation agreement (人民调解协议书) as a PDF/A-2b in Chinese that prints anywhere: its font
 * travels inside the file (ADR 0018), and the text stays extractable.
 */
@ApplicationScoped
public class AgreementDocument {

    /** The agreement is a Chinese legal document whatever the reader's language. */
    private static final Locale LANGUAGE = Languages.CHINESE;

    private static final Style TITLE = new Style(20, true);
    private static final Style HEADING = new Style(12, true);
    private static final Style BODY = new Style(12, false);

    /** The words of the pages: roles and dates read the same on paper (issue #22.1). */
    private final Messages messages = new Messages();

    private final Labels labels = new Labels(messages);
    private final HumanTime time = HumanTime.inCenters(messages);

    public byte[] render(String centerName, CaseFile caseFile) {
        Agreement agreement =
                caseFile.agreement().orElseThrow(() -> new ConflictException("case.no-agreement", caseFile.number()));
        try (Typesetter pdf = new Typesetter("人民调解协议书 " + caseFile.number())) {
            pdf.paragraph("人民调解协议书", TITLE, Align.CENTER);
            pdf.paragraph(centerName + "  编号：" + caseFile.number(), BODY, Align.RIGHT);
            pdf.space(12);
            pdf.paragraph("当事人", HEADING, Align.LEFT);
            for (CaseParty party : caseFile.parties()) {
                pdf.paragraph(
                        labels.of(LANGUAGE, party.role()) + "：" + party.value(CaseParty.Field.NAME)
                                + line("  身份证号：", party.value(CaseParty.Field.ID_NUMBER))
                                + line("  电话：", party.value(CaseParty.Field.PHONE))
                                + line("  住址：", party.value(CaseParty.Field.ADDRESS)),
                        BODY,
                        Align.LEFT);
            }
            section(pdf, "纠纷事实及责任", agreement.facts());
            section(pdf, "经调解，自愿达成如下协议", agreement.terms());
            section(
                    pdf,
                    "履行方式、地点、期限",
                    "履行方式：" + agreement.manner() + "；履行地点：" + agreement.place() + "；履行期限："
                            + time.day(agreement.deadline(), LANGUAGE) + "前。");
            pdf.space(12);
            pdf.paragraph("本协议书一式三份，当事人各执一份，人民调解委员会留存一份。本协议自各方当事人签名（盖章）、人民调解员签名并加盖人民调解委员会印章之日起生效。", BODY, Align.LEFT);
            pdf.space(24);
            pdf.keepTogether(5 * BODY.leading());
            pdf.paragraph(
                    "当事人（签名）：____________    当事人（签名）：____________\n\n"
                            + "人民调解员（签名）：____________    人民调解委员会（印章）\n\n"
                            + time.day(CenterTime.dayOf(caseFile.agreedAt()), LANGUAGE),
                    BODY,
                    Align.LEFT);
            return pdf.toBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the agreement of case " + caseFile.number() + " cannot be rendered", e);
        }
    }

    private static void section(Typesetter pdf, String title, String text) throws IOException {
        pdf.space(10);
        pdf.keepTogether(HEADING.leading() + BODY.leading());
        pdf.paragraph(title, HEADING, Align.LEFT);
        pdf.paragraph(text, BODY, Align.LEFT);
    }

    private static String line(String label, String value) {
        return value == null || value.isBlank() ? "" : label + value;
    }
}
