import CLibXML

/// Process-wide libxml2 set-up, done once before any other call (libxml2 asks for it before threads start).
enum LibXML {
    private static let initialized: Bool = {
        xmlInitParser()
        xmlRelaxNGInitTypes()
        xmlSchemaInitTypes()
        ExternalLoads.install()
        return true
    }()

    static func initialize() {
        _ = initialized
    }

    /// A Swift string from a libxml2 string (`nil` stays `nil`).
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    /// libxml2's parse options for documents we read: no network, true line numbers past 65535, and no
    /// entity substitution, DTD loading or XInclude unless a caller asks.
    static let safeParseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// The options for documents that are validated: as `safeParseOptions`, with internal entities
    /// substituted (`XML_PARSE_NOENT`), because libxml2's RELAX NG and XSD validators see an entity
    /// reference as no text at all (a false "invalid"). External entities are refused all the same
    /// (`ExternalLoads`); libxml2's amplification check refuses entity bombs. Never `XML_PARSE_HUGE`.
    static let validationParseOptions = safeParseOptions | Int32(XML_PARSE_NOENT.rawValue)
}
