package org.onedoor.cases.agreements.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * Declares a document PDF/A-2b (ISO 19005-2, level B: it looks the same wherever and whenever it is
 * printed): the XMP metadata saying so, the same title and date in the document information, and
 * sRGB as the output intent. What PDF/A asks of the content itself, fonts embedded and every
 * character with a glyph, is the {@link Typesetter}'s part.
 */
final class PdfA2b {

    private static final String CREATOR = "OneDoor 一扇门";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfA2b() {}

    static void declare(PDDocument document, String title) throws IOException {
        Calendar created = Calendar.getInstance(TimeZone.getTimeZone(CenterTime.zone()));
        created.set(Calendar.MILLISECOND, 0);

        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setCreator(CREATOR);
        information.setCreationDate(created);

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title, created));
        document.getDocumentCatalog().setMetadata(metadata);
        document.getDocumentCatalog().setLanguage("zh-CN");

        PDOutputIntent intent = new PDOutputIntent(
                document,
                new ByteArrayInputStream(
                        ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    private static byte[] xmp(String title, Calendar created) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(title);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(CREATOR);
        basic.setCreateDate(created);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("the XMP metadata cannot be written", e);
        }
        return out.toByteArray();
    }
}
