import CLibXML
import Foundation

/// The schemas a document names for itself (`<?xml-model href?>`, `xsi:schemaLocation`,
/// `xsi:noNamespaceSchemaLocation`, a DOCTYPE's system identifier), and where local copies are found.
enum SchemaReferences {
    static let schemaInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance"

    /// The schema locations the document names, in order.
    static func named(in document: XMLDocument) -> [String] {
        var locations: [String] = []
        var node = document.pointer.pointee.children
        while let current = node {
            if current.pointee.type == XML_PI_NODE, LibXML.string(current.pointee.name) == "xml-model",
               let content = LibXML.string(current.pointee.content), let href = pseudoAttribute("href", in: content) {
                locations.append(href)
            }
            node = current.pointee.next
        }
        if let root = xmlDocGetRootElement(document.pointer) {
            for attribute in XMLDocument.attributes(of: root) where attribute.namespace == schemaInstanceNamespace {
                let tokens = attribute.value.split(whereSeparator: \.isWhitespace).map(String.init)
                if attribute.name == "schemaLocation" {
                    locations += stride(from: 1, to: tokens.count, by: 2).map { tokens[$0] }
                } else if attribute.name == "noNamespaceSchemaLocation" {
                    locations += tokens
                }
            }
        }
        if let subset = document.pointer.pointee.intSubset, let system = LibXML.string(subset.pointee.SystemID) {
            locations.append(system)
        }
        return locations
    }

    /// A local file for `location`: a bundled schema by file name, a path relative to the document, a
    /// `file:` URL, a file of that name in one of `directories`, or what the XML catalogs map it to.
    /// Never the network.
    static func localFile(for location: String, document: String, directories: [String]) -> String? {
        let fileManager = FileManager.default
        let name = URL(fileURLWithPath: location).lastPathComponent
        if let bundled = BundledSchema.path(named: name) { return bundled }
        if location.hasPrefix("file://") {
            let path = URL(string: location)?.path ?? ""
            return fileManager.fileExists(atPath: path) ? path : nil
        }
        if !location.contains("://") {
            let base = URL(fileURLWithPath: document).deletingLastPathComponent()
            let path = location.hasPrefix("/") ? location : base.appendingPathComponent(location).path
            if fileManager.fileExists(atPath: path) { return path }
        }
        for directory in directories {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            if fileManager.fileExists(atPath: path) { return path }
        }
        guard let resolved = xmlCatalogResolveURI(location) ?? xmlCatalogResolveSystem(location) else { return nil }
        defer { tei_xmlFree(resolved) }
        let mapped = LibXML.string(resolved) ?? ""
        let path = mapped.hasPrefix("file://") ? (URL(string: mapped)?.path ?? "") : mapped
        return path.hasPrefix("/") && fileManager.fileExists(atPath: path) ? path : nil
    }

    /// The value of `name="..."` (or single quotes) in a processing instruction's content.
    static func pseudoAttribute(_ name: String, in content: String) -> String? {
        for quote in ["\"", "'"] {
            guard let start = content.range(of: name + "=" + quote) else { continue }
            guard let end = content[start.upperBound...].firstIndex(of: Character(quote)) else { return nil }
            return String(content[start.upperBound..<end])
        }
        return nil
    }
}
