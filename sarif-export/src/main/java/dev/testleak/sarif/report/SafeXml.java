package dev.testleak.sarif.report;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses report XML with nothing resolved from outside the file: a document type declaration is an
 * error (so no DTD, external entity or entity expansion bomb is ever processed), XInclude is off and
 * external DTD and schema access is forbidden. Parser complaints become one-line {@link
 * ReportException}s instead of the JDK parser's default "[Fatal Error]" lines on stderr.
 */
final class SafeXml {
  private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

  private SafeXml() {}

  /** Parses the report's text (already decoded from UTF-8) into a namespace-aware DOM. */
  static Document parse(Path report, String text) throws ReportException {
    DocumentBuilder builder = newBuilder();
    try {
      return builder.parse(new InputSource(new StringReader(text)));
    } catch (SAXParseException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains(DISALLOW_DOCTYPE) || message.contains("DOCTYPE")) {
        throw new ReportException(
            report,
            "contains a DOCTYPE declaration (line " + e.getLineNumber()
                + "); DTDs and external entities are never resolved, so reports must not declare them",
            e);
      }
      throw new ReportException(
          report,
          "malformed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + message,
          e);
    } catch (SAXException e) {
      throw new ReportException(report, "malformed XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ReportException(report, "cannot read: " + e, e);
    }
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setValidating(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(THROWING);
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity '" + systemId + "' is not allowed");
          });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
    }
  }

  private static final ErrorHandler THROWING =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {}

        @Override
        public void error(SAXParseException exception) throws SAXException {
          throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
          throw exception;
        }
      };

  /** The element children of {@code parent} with the given local name, in document order. */
  static List<Element> children(Node parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && localName.equals(localName(element))) {
        out.add(element);
      }
    }
    return out;
  }

  /** The first element child with the given local name, or null. */
  static Element child(Node parent, String localName) {
    List<Element> all = children(parent, localName);
    return all.isEmpty() ? null : all.get(0);
  }

  static String localName(Element element) {
    return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
  }

  /** An attribute's value, or null when it is absent. */
  static String attribute(Element element, String name) {
    return element.hasAttribute(name) ? element.getAttribute(name) : null;
  }
}
