import AgencyModel
import Testing
import TextKit

/// Every built-in node kind and edge type has a name in every language (from TextKit's catalogue);
/// custom ones are written as they are.
@Suite struct VocabularyNamesTests {
    @Test(arguments: Language.allCases)
    func builtInKindsAndTypesAreNamed(language: Language) {
        for kind in NodeKind.builtIn {
            let name = language.name(of: kind)
            #expect(!name.isEmpty && (language != .de || name != kind.rawValue), "\(kind.rawValue) in \(language)")
        }
        for type in EdgeType.builtIn {
            let name = language.name(of: type)
            #expect(!name.isEmpty && (language != .de || name != type.rawValue), "\(type.rawValue) in \(language)")
        }
        #expect(Language.de.name(of: NodeKind.agency) == "Behörde")
        #expect(Language.fr.name(of: EdgeType.memberOf) == "membre de")
    }

    @Test func customNamesAsWritten() {
        #expect(Language.fr.name(of: NodeKind(rawValue: "x-court")) == "x-court")
        #expect(Language.nl.name(of: EdgeType(rawValue: "x-trains")) == "x-trains")
    }
}
