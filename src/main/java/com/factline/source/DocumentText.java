package com.factline.source;

import com.factline.base.InvalidInputException;
import com.factline.base.PayloadTooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;

/**
 * Text and metadata out of PDF (Apache PDFBox) and Word .docx files. A .docx is a zip of XML: its
 * paragraphs are read from {@code word/document.xml} with the JDK's streaming XML parser (no
 * DTDs, no external entities), its title, author and date from {@code docProps/core.xml}. Apache
 * POI would add about 15 MB of jars for the same result; see docs/design-decisions/import-formats.md.
 * Paragraphs, headings and page breaks all become paragraphs (an empty line between them).
 */
final class DocumentText {

    record Extracted(String text, ArticleMetadata metadata) {
    }

    /** A PDF with more pages than this is refused before its text is read. */
    static final int MAX_PDF_PAGES = 2000;
    /** The XML of a .docx is bulky: up to this many uncompressed bytes are read from one part. */
    static final long MAX_DOCX_XML_BYTES = 64L * 1024 * 1024;

    private DocumentText() {
    }

    // --- PDF ---------------------------------------------------------------------------------------------

    static Extracted pdf(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages > MAX_PDF_PAGES) {
                throw new PayloadTooLargeException("The PDF has " + pages + " pages; at most " + MAX_PDF_PAGES + " can be imported.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator(" ");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n\n");
            stripper.setPageEnd("\n\n");
            String text = ArticleText.tidyLines(collapseSpaces(stripper.getText(doc)));
            if (!hasLetters(text)) {
                throw new InvalidInputException("no_text_layer", "This PDF has no text layer" + (pages > 0 ? " (" + pages
                        + (pages == 1 ? " page" : " pages") + " of images: it looks scanned)" : "")
                        + ". Run it through OCR and import the result, or paste the text.");
            }
            ArticleMetadata.Builder meta = new ArticleMetadata.Builder();
            PDDocumentInformation info = doc.getDocumentInformation();
            meta.title(info.getTitle(), Provenance.DOCUMENT_PROPERTIES);
            meta.byline(info.getAuthor(), Provenance.DOCUMENT_PROPERTIES);
            Dateline.find(text).ifPresent(d -> meta.publishedOn(d, Provenance.DATELINE));
            meta.publishedOn(date(info.getCreationDate()), Provenance.DOCUMENT_PROPERTIES);
            return new Extracted(text, meta.build());
        } catch (InvalidPasswordException e) {
            throw new InvalidInputException("encrypted_file", "This PDF is protected by a password; save an unprotected copy and import that.");
        } catch (IOException e) {
            throw new InvalidInputException("unreadable_file", "This is not a readable PDF file (" + firstLine(e) + ").");
        }
    }

    private static @Nullable LocalDate date(@Nullable Calendar c) {
        return c == null ? null : c.toInstant().atZone(c.getTimeZone() == null ? ZoneOffset.UTC : c.getTimeZone().toZoneId()).toLocalDate();
    }

    /** Runs of spaces and tabs inside a line become one space (PDF layout is not text). */
    private static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                space = true;
                continue;
            }
            if (space && c != '\n' && c != '\r') {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    // --- .docx ---------------------------------------------------------------------------------------------

    static Extracted docx(byte[] bytes) {
        String documentXml = null;
        ArticleMetadata.Builder meta = new ArticleMetadata.Builder();
        LocalDate[] created = {null};
        StringBuilder text = new StringBuilder();
        boolean zip = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            int entries = 0;
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip = true;
                if (++entries > 10_000) {
                    throw new InvalidInputException("unreadable_file", "This .docx has more than 10,000 parts; it is not a Word document.");
                }
                if (e.getName().equals("word/document.xml")) {
                    documentXml = e.getName();
                    paragraphs(new Bounded(in, MAX_DOCX_XML_BYTES), text);
                } else if (e.getName().equals("docProps/core.xml")) {
                    coreProperties(new Bounded(in, MAX_DOCX_XML_BYTES), meta, created);
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw new InvalidInputException("unreadable_file", "This is not a readable Word .docx file (" + firstLine(e) + ").");
        }
        if (!zip || documentXml == null) {
            throw new InvalidInputException("unreadable_file", "This is not a Word .docx file (it has no word/document.xml);"
                    + " an old .doc must be saved as .docx first.");
        }
        String result = ArticleText.tidyLines(text);
        if (!hasLetters(result)) {
            throw new InvalidInputException("empty_text", "The Word document has no text.");
        }
        Dateline.find(result).ifPresent(d -> meta.publishedOn(d, Provenance.DATELINE));
        meta.publishedOn(created[0], Provenance.DOCUMENT_PROPERTIES);
        return new Extracted(result, meta.build());
    }

    private static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(in);
    }

    /** w:p is a paragraph, w:t its text, w:tab a tab, w:br a line break (a page break ends the paragraph). */
    private static void paragraphs(InputStream in, StringBuilder out) throws XMLStreamException {
        XMLStreamReader r = reader(in);
        boolean inText = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                switch (name) {
                    case "t" -> inText = true;
                    case "tab" -> out.append('\t');
                    case "br", "cr" -> out.append("page".equals(r.getAttributeValue(r.getNamespaceURI(), "type")) ? "\n\n" : "\n");
                    default -> {
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("t")) {
                    inText = false;
                } else if (name.equals("p")) {
                    out.append("\n\n");
                }
            } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
                out.append(r.getText());
            }
        }
    }

    private static void coreProperties(InputStream in, ArticleMetadata.Builder meta, @Nullable LocalDate[] created) throws XMLStreamException {
        XMLStreamReader r = reader(in);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("title") || name.equals("creator") || name.equals("created")) {
                    String value = r.getElementText();
                    switch (name) {
                        case "title" -> meta.title(value, Provenance.DOCUMENT_PROPERTIES);
                        case "creator" -> meta.byline(value, Provenance.DOCUMENT_PROPERTIES);
                        default -> created[0] = Dateline.isoDate(value).orElse(null);
                    }
                }
            }
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static boolean hasLetters(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return m.length() > 120 ? m.substring(0, 120) + "\u2026" : m;
    }

    /** Reads an entry of a zip but refuses past {@code max} uncompressed bytes (a zip bomb stops here). */
    static final class Bounded extends InputStream {
        private final InputStream in;
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > max) {
                throw new PayloadTooLargeException("A part of the file unpacks to more than " + max + " bytes; it is refused.");
            }
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner
        }
    }
}
