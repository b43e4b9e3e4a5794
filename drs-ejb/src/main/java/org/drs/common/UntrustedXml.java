package org.drs.common;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Parses XML that comes from a backup device (manifests, restored settings): namespace-aware, with
 * DTDs and external entities refused, so a hostile file cannot read the server's files.
 */
public final class UntrustedXml {

  private UntrustedXml() {}

  /**
   * @throws IOException naming what could not be read and why
   */
  public static Element root(InputStream in, String what) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder().parse(in).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(what + " cannot be read: " + e.getMessage(), e);
    }
  }
}
