package br.com.webplanet.roteiro.textura.io;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX readers that refuse DTDs and external entities (spreadsheets and invoices come from outside). */
public final class Xml {
    private static final XMLInputFactory FACTORY = newFactory();

    private Xml() {}

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** The text of the current element and its descendants; leaves the reader on its end tag. */
    public static String text(XMLStreamReader xml) throws XMLStreamException {
        return text(xml, Integer.MAX_VALUE);
    }

    /** {@link #text(XMLStreamReader)}, failing once the text passes {@code max} characters. */
    public static String text(XMLStreamReader xml, int max) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                text.append(xml.getText());
                if (text.length() > max) {
                    throw new XMLStreamException("text longer than " + max + " characters", xml.getLocation());
                }
            }
        }
        return text.toString();
    }
}
