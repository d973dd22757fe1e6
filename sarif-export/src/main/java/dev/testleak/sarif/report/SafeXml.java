package dev.testleak.sarif.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads report XML as a stream (StAX: no tree is built, so memory does not grow with the report)
 * with nothing resolved from outside the file: a document type declaration is an error (so no DTD,
 * external entity or entity expansion bomb is ever processed), DTD support and external entities are
 * off. Parser complaints become one-line {@link ReportException}s; the parser prints nothing.
 *
 * <p>The readers walk the stream with {@link #next}, {@link #text} and {@link #skip}, and read the
 * document to its end even after a problem with its content, so a malformed file is reported as
 * malformed wherever the malformation is (as a tree parser would).
 */
final class SafeXml {
  private SafeXml() {}

  /** A streaming reader over the report's characters. */
  private static XMLStreamReader open(Path report, Reader chars) throws ReportException {
    try {
      // A factory per report: the JDK's reuses a reader between calls, which threads must not share.
      return newFactory().createXMLStreamReader(chars);
    } catch (XMLStreamException e) {
      throw failure(report, e);
    }
  }

  /**
   * The report is not well-formed XML (or declares a DOCTYPE): unchecked, so that the readers' own
   * handling of problems with the content never catches it; {@link #read} turns it back into its
   * {@link ReportException}.
   */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(ReportException cause) {
      super(cause.getMessage(), cause);
    }

    ReportException exception() {
      return (ReportException) getCause();
    }
  }

  /** What a reader does with the stream. */
  @FunctionalInterface
  interface Body<T> {
    T read(XMLStreamReader reader) throws ReportException;
  }

  /**
   * Checks the report is UTF-8 text without a DOCTYPE (a first pass over the file), then streams it
   * through {@code body} (a second pass); neither holds the file in memory.
   */
  static <T> T read(Path report, Body<T> body) throws ReportException {
    String head = ReportFiles.checkUtf8(report);
    rejectDoctype(report, head);
    try (Reader chars = ReportFiles.openUtf8(report)) {
      XMLStreamReader reader = open(report, chars);
      try {
        return body.read(reader);
      } catch (Malformed e) {
        throw e.exception();
      } finally {
        close(reader);
      }
    } catch (IOException | SecurityException e) {
      throw new ReportException(report, "cannot read: " + e, e);
    }
  }

  /** The next event, as {@link XMLStreamReader#next}; a DOCTYPE or malformed XML is {@link Malformed}. */
  static int next(Path report, XMLStreamReader reader) {
    try {
      int event = reader.next();
      if (event == XMLStreamConstants.DTD) {
        throw new Malformed(doctype(report, reader.getLocation().getLineNumber()));
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        Location at = reader.getLocation();
        throw new Malformed(
            new ReportException(
                report,
                "malformed XML at line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": The entity \""
                    + reader.getLocalName() + "\" was referenced, but not declared."));
      }
      return event;
    } catch (XMLStreamException e) {
      throw new Malformed(failure(report, e));
    }
  }

  /**
   * The text content of the element whose start the reader is at (all text below it, as DOM's
   * {@code getTextContent}); leaves the reader at its end.
   */
  static String text(Path report, XMLStreamReader reader) {
    StringBuilder out = null;
    String single = "";
    int depth = 1;
    while (depth > 0) {
      int event = next(report, reader);
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          String chunk = reader.getText();
          if (out != null) {
            out.append(chunk);
          } else if (single.isEmpty()) {
            single = chunk;
          } else {
            out = new StringBuilder(single).append(chunk);
          }
        }
        case XMLStreamConstants.END_DOCUMENT -> throw new Malformed(new ReportException(report, "malformed XML: unexpected end of document"));
        default -> {}
      }
    }
    return out != null ? out.toString() : single;
  }

  /** Skips the element whose start the reader is at; leaves the reader at its end. */
  static void skip(Path report, XMLStreamReader reader) {
    int depth = 1;
    while (depth > 0) {
      int event = next(report, reader);
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new Malformed(new ReportException(report, "malformed XML: unexpected end of document"));
      }
    }
  }

  /** Reads to the end of the document, so that malformed XML after the current point is still reported. */
  static void drain(Path report, XMLStreamReader reader) {
    while (reader.getEventType() != XMLStreamConstants.END_DOCUMENT) {
      next(report, reader);
    }
  }

  static void close(XMLStreamReader reader) {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // nothing held but the string
    }
  }

  /** An attribute (without a namespace prefix) of the element the reader is at, or null when it is absent. */
  static String attribute(XMLStreamReader reader, String name) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String prefix = reader.getAttributePrefix(i);
      if ((prefix == null || prefix.isEmpty()) && name.equals(reader.getAttributeLocalName(i))) {
        return reader.getAttributeValue(i);
      }
    }
    return null;
  }

  /**
   * A DOCTYPE can only come in the prolog, before the root element: after the XML declaration,
   * comments, processing instructions and white space. Found there (in the {@code text} the file
   * starts with), it is rejected before the parser sees it, with its own line; one after a prolog
   * longer than that is rejected when the parser reports it.
   */
  private static void rejectDoctype(Path report, String text) throws ReportException {
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        i++;
      } else if (text.startsWith("<?", i)) {
        int end = text.indexOf("?>", i + 2);
        if (end < 0) {
          return;
        }
        i = end + 2;
      } else if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        if (end < 0) {
          return;
        }
        i = end + 3;
      } else if (text.startsWith("<!DOCTYPE", i)) {
        throw doctype(report, lineAt(text, i));
      } else {
        return;
      }
    }
  }

  private static ReportException doctype(Path report, int line) {
    return new ReportException(
        report,
        "contains a DOCTYPE declaration (line " + line
            + "); DTDs and external entities are never resolved, so reports must not declare them");
  }

  private static int lineAt(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  private static ReportException failure(Path report, XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    // The JDK's messages start with "ParseError at [row,col]:[l,c]" and a line break before "Message: ".
    int at = message.indexOf("Message: ");
    if (at >= 0) {
      message = message.substring(at + "Message: ".length());
    }
    message = readable(message);
    Location location = e.getLocation();
    if (message.contains("DOCTYPE")) {
      return new ReportException(
          report,
          "contains a DOCTYPE declaration" + (location != null ? " (line " + location.getLineNumber() + ")" : "")
              + "; DTDs and external entities are never resolved, so reports must not declare them",
          e);
    }
    if (location == null) {
      return new ReportException(report, "malformed XML: " + message, e);
    }
    return new ReportException(
        report,
        "malformed XML at line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": " + message,
        e);
  }

  /**
   * The JDK's StAX reports namespace errors by key ({@code
   * http://www.w3.org/TR/1999/REC-xml-names-19990114#ElementPrefixUnbound?p&p:e}): the usual ones in
   * the words its DOM parser uses, the others as key and arguments.
   */
  static String readable(String message) {
    int hash = message.indexOf('#');
    if (!message.startsWith("http://www.w3.org/TR/1999/REC-xml-names-19990114#") || hash < 0) {
      return message;
    }
    int question = message.indexOf('?', hash);
    String key = message.substring(hash + 1, question < 0 ? message.length() : question);
    String[] args = question < 0 ? new String[0] : message.substring(question + 1).split("&", -1);
    if (key.equals("ElementPrefixUnbound") && args.length == 2) {
      return "The prefix \"" + args[0] + "\" for element \"" + args[1] + "\" is not bound.";
    }
    if (key.equals("AttributePrefixUnbound") && args.length == 3) {
      return "The prefix \"" + args[2] + "\" for attribute \"" + args[1] + "\" associated with an element type \"" + args[0]
          + "\" is not bound.";
    }
    return "namespace error " + key + (args.length > 0 ? " (" + String.join(", ", args) + ")" : "");
  }

  private static XMLInputFactory newFactory() {
    // The JDK's own implementation, whatever else is on the class path.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external entity '" + systemId + "' is not allowed");
        });
    factory.setXMLReporter(
        (message, type, info, location) -> {
          if (!String.valueOf(type).toUpperCase(java.util.Locale.ROOT).contains("WARNING")) {
            throw new XMLStreamException(readable(message), location);
          }
        });
    try {
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (IllegalArgumentException e) {
      // not an implementation that knows these; DTDs are off anyway
    }
    return factory;
  }
}
