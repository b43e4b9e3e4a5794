package org.drs.backup;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a set's manifest as {@link ManifestXml} writes it. Manifests come from devices, so the
 * parser refuses DTDs and external entities.
 */
public final class ManifestReader {

  private ManifestReader() {}

  public static ManifestSummary summary(InputStream manifest) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Element root = factory.newDocumentBuilder().parse(manifest).getDocumentElement();
      if (!ManifestXml.NAMESPACE.equals(root.getNamespaceURI())) {
        throw new IOException("it is not a DRS manifest");
      }
      List<ManifestSummary.FeatureSummary> features = new ArrayList<>();
      NodeList nodes = root.getElementsByTagNameNS(ManifestXml.NAMESPACE, "feature");
      for (int i = 0; i < nodes.getLength(); i++) {
        Element feature = (Element) nodes.item(i);
        features.add(
            new ManifestSummary.FeatureSummary(
                feature.getAttribute("name"),
                feature.getAttribute("version"),
                feature.getAttribute("status")));
      }
      return new ManifestSummary(
          root.getAttribute("server"), root.getAttribute("status"), features);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("the manifest cannot be read: " + e.getMessage(), e);
    }
  }
}
