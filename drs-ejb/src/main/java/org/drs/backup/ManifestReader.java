package org.drs.backup;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.drs.common.UntrustedXml;
import org.drs.storage.SetFileNames;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a set's manifest as {@link ManifestXml} writes it. Manifests come from devices, so the
 * parser refuses DTDs and external entities.
 */
public final class ManifestReader {

  private ManifestReader() {}

  public static ManifestSummary summary(InputStream manifest) throws IOException {
    try {
      Element root = UntrustedXml.root(manifest, "the manifest");
      if (!ManifestXml.NAMESPACE.equals(root.getNamespaceURI())) {
        throw new IOException("it is not a DRS manifest");
      }
      int format = number(root, "formatVersion");
      if (format > ManifestXml.FORMAT_VERSION) {
        throw new IOException(
            "it was written by a newer DRS (manifest format "
                + format
                + "; this DRS reads up to "
                + ManifestXml.FORMAT_VERSION
                + "): upgrade DRS to restore it");
      }
      List<ManifestSummary.FeatureSummary> features = new ArrayList<>();
      NodeList nodes = root.getElementsByTagNameNS(ManifestXml.NAMESPACE, "feature");
      for (int i = 0; i < nodes.getLength(); i++) {
        Element feature = (Element) nodes.item(i);
        features.add(
            new ManifestSummary.FeatureSummary(
                feature.getAttribute("name"),
                feature.getAttribute("version"),
                feature.getAttribute("status"),
                components(feature)));
      }
      return checkedNames(
          new ManifestSummary(
              root.getAttribute("set"),
              root.getAttribute("server"),
              Instant.parse(root.getAttribute("start")),
              root.getAttribute("status"),
              features));
    } catch (RuntimeException e) {
      throw new IOException("the manifest cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Names in a manifest come from the device: each must follow DRS's grammar, and each file must
   * belong to the manifest's own set, before any of them becomes part of a path, a log or a remote
   * command. A manifest that breaks it is not trusted at all.
   */
  private static ManifestSummary checkedNames(ManifestSummary summary) throws IOException {
    if (!SetFileNames.isSetName(summary.set()) || !SetFileNames.isServerName(summary.server())) {
      throw new IOException(
          "its set or server name is not one DRS writes, so the set is not trusted");
    }
    for (ManifestSummary.FeatureSummary feature : summary.features()) {
      if (!SetFileNames.isFeatureOrComponent(feature.name())) {
        throw new IOException("it names a feature DRS cannot register, so the set is not trusted");
      }
      for (ManifestSummary.ComponentSummary component : feature.components()) {
        if (!SetFileNames.isFeatureOrComponent(component.name())
            || (component.file() != null
                && !SetFileNames.isFileOf(component.file(), summary.set(), summary.server()))) {
          throw new IOException(
              "it names a component file outside its own set's names, so the set is not trusted");
        }
      }
    }
    return summary;
  }

  private static List<ManifestSummary.ComponentSummary> components(Element feature) {
    List<ManifestSummary.ComponentSummary> components = new ArrayList<>();
    NodeList nodes = feature.getElementsByTagNameNS(ManifestXml.NAMESPACE, "component");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element component = (Element) nodes.item(i);
      boolean written = component.hasAttribute("file");
      components.add(
          new ManifestSummary.ComponentSummary(
              component.getAttribute("name"),
              component.getAttribute("status"),
              written ? component.getAttribute("file") : null,
              written ? Long.parseLong(component.getAttribute("size")) : 0,
              written ? component.getAttribute("sha256") : null,
              component.hasAttribute("contentSize")
                  ? Long.parseLong(component.getAttribute("contentSize"))
                  : 0));
    }
    return components;
  }

  private static int number(Element element, String attribute) {
    String value = element.getAttribute(attribute);
    return value.isEmpty() ? 1 : Integer.parseInt(value);
  }
}
