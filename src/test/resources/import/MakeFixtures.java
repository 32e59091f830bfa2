import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

public class MakeFixtures {
    public static void main(String[] a) throws Exception {
        String out = a[0];
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        List<List<String[]>> pages = List.of(
            List.of(new String[]{"H", "Harbour City District Court"},
                    new String[]{"H", "Press release No. 12/2024"},
                    new String[]{"P", "Harbour City, 14 May 2024"},
                    new String[]{"H", "Court orders temporary closure of the Eastgate ferry terminal"},
                    new String[]{"P", "The Harbour City District Court on Tuesday ordered the operator of the Eastgate ferry terminal to close the passenger pier until an independent inspection has been completed. The order follows a hearing held on Monday, 13 May 2024, at which engineers for both sides gave evidence."},
                    new String[]{"P", "The court found that the operator had not repaired the cracks reported in the pier's supports in January. The closure takes effect at noon on Wednesday."}),
            List.of(new String[]{"H", "Reasons for the decision"},
                    new String[]{"P", "The presiding judge said that the safety of passengers outweighed the cost of interrupting the service for several weeks. About 4,200 passengers use the terminal on an average weekday, according to figures filed by the city."},
                    new String[]{"P", "The operator may apply to lift the order once the inspection report has been filed. A further hearing is scheduled for 3 June 2024."}),
            List.of(new String[]{"H", "Contact"},
                    new String[]{"P", "Press office of the Harbour City District Court. This press release is not binding on the court; only the written order is authoritative."}));
        try (PDDocument doc = new PDDocument()) {
            for (List<String[]> page : pages) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    float y = 780;
                    for (String[] block : page) {
                        boolean h = block[0].equals("H");
                        PDType1Font font = h ? bold : regular;
                        float size = h ? 14 : 11;
                        for (String line : wrap(block[1], font, size, 480)) {
                            cs.beginText();
                            cs.setFont(font, size);
                            cs.newLineAtOffset(60, y);
                            cs.showText(line);
                            cs.endText();
                            y -= size * 1.4f;
                        }
                        y -= size * 1.2f;
                    }
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Court orders temporary closure of the Eastgate ferry terminal");
            info.setAuthor("Press office, Harbour City District Court");
            Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            c.clear();
            c.set(2024, Calendar.MAY, 14, 9, 30);
            info.setCreationDate(c);
            doc.save(new File(out, "court-press-release.pdf"));
        }
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
                var g = img.createGraphics();
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, 200, 280);
                g.setColor(java.awt.Color.DARK_GRAY);
                for (int l = 20; l < 260; l += 12) {
                    g.fillRect(15, l, 170 - (l * 7 % 40), 5);
                }
                g.dispose();
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, img), 40, 60, 515, 720);
                }
            }
            doc.save(new File(out, "scanned-letter.pdf"));
        }
    }

    static List<String> wrap(String text, PDType1Font font, float size, float width) throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            String t = line.isEmpty() ? w : line + " " + w;
            if (font.getStringWidth(t) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(t);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
