package org.drs.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Parses XML that comes from a backup device (manifests, restored settings): namespace-aware, with
 * DTDs and external entities refused, so a hostile file cannot read the server's files.
 */
public final class UntrustedXml {

  private UntrustedXml() {}

  /**
   * The elements of one kind in a DRS settings file, such as the devices of drfDevice.xml.
   *
   * @param namespaces the namespaces of the file's versions this DRS reads
   * @param list what the file should be, for the message when it is something else
   * @throws IOException naming the file and what is wrong with it
   */
  public static List<Element> elements(Path file, List<String> namespaces, String tag, String list)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Element root = root(in, file.getFileName().toString());
      if (!namespaces.contains(root.getNamespaceURI())) {
        throw new IOException(file.getFileName() + " is not a DRS " + list);
      }
      NodeList nodes = root.getElementsByTagNameNS(root.getNamespaceURI(), tag);
      List<Element> elements = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        elements.add((Element) nodes.item(i));
      }
      return elements;
    }
  }

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
