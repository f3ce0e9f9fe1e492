import Foundation
import Testing
import AgencyGraphTestSupport

/// End-to-end tests of the analysis commands: the built `agencygraph`, arguments in, output and
/// exit status checked. Facts are those derived in AgencyAnalysisTests from the data.
@Suite("agencygraph analyses")
struct AnalysisCommandTests {
    static let belgium = CLIRunner.packageRoot.appendingPathComponent("graphs/belgium-counter-terrorism.yaml").path

    func json(_ r: CLIRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: r.stdoutBytes) as? [String: Any])
    }

    @Test func statsAsJSONHasTheVersionedEnvelope() throws {
        let r = try CLIRunner.run(["stats", Self.belgium, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try json(r)
        #expect(doc["schema"] as? String == "agencygraph.stats")
        #expect(doc["version"] as? Int == 1)
        #expect(doc["network"] as? String == "belgium-counter-terrorism")
        let result = try #require(doc["result"] as? [String: Any])
        #expect(result["nodeCount"] as? Int == 69)
        #expect(result["edgeCount"] as? Int == 222)
        #expect(result["components"] as? Int == 1)
    }

    @Test func statsTableFitsTheTerminalAndViewsApply() throws {
        let r = try CLIRunner.run(["stats", Self.belgium, "--kinds", "agency"], environment: ["COLUMNS": "40"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("nodes"))
        #expect(r.stdout.split(separator: "\n").allSatisfy { $0.count <= 40 })
        // Agencies only: the federal government and the NSC form a second component.
        let csv = try CLIRunner.run(["stats", Self.belgium, "--kinds", "agency", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("measure,value\r\n"))
        #expect(csv.stdout.contains("\r\ncomponents,2\r\n"))
    }

    @Test func statsOnAnEdgeList() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("g.txt")
        try "a b\nb c\nc d\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["stats", file.path, "--format", "csv", "--table", "kinds"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "kind,count\r\nagency,4\r\n")
        let spof = try CLIRunner.run(["spof", file.path, "--format", "csv", "--no-robustness", "--key-players", "0"])
        #expect(spof.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" } == ["b", "c"])
    }

    @Test func badInputsExitWithTheDocumentedStatus() throws {
        let missing = try CLIRunner.run(["stats", "no-such-file.yaml"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "no-such-file.yaml: error: no such file\n")
        let format = try CLIRunner.run(["stats", Self.belgium, "--format", "xml"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("'table', 'json', 'csv' or 'markdown'"))
        let lang = try CLIRunner.run(["stats", Self.belgium, "--lang", "it"])
        #expect(lang.status == 2)
        let weight = try CLIRunner.run(["stats", Self.belgium, "--weight", "size"])
        #expect(weight.status == 2)
        #expect(weight.stderr.contains("use weight"))
        let table = try CLIRunner.run(["stats", Self.belgium, "--format", "csv", "--table", "nope"])
        #expect(table.status == 2)
        #expect(table.stderr.contains("use summary, kinds, levels, edge-types"))
        let kinds = try CLIRunner.run(["stats", Self.belgium, "--kinds", "agencies"])
        #expect(kinds.status == 2)
        let dir = try CLIRunner.temporaryDirectory()
        let broken = dir.appendingPathComponent("broken.yaml")
        try "format: 1\nnetwork: x\ntitle: x\nnodes:\n  - {id: a, kind: agnecy, assumption: x}\n".write(to: broken, atomically: true, encoding: .utf8)
        let invalid = try CLIRunner.run(["stats", broken.path])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("broken.yaml:5:"))
    }

    @Test func pathFindsOcamToLocalAndReportsNoPath() throws {
        // Levels are context: a path to the level node itself is asked of the whole network.
        let r = try CLIRunner.run(["path", Self.belgium, "ocam", "local", "--all", "--format", "json", "--layer", "all", "--kinds", "all"])
        #expect(r.status == 0, "\(r.stderr)")
        let result = try #require(try json(r)["result"] as? [String: Any])
        let paths = try #require(result["paths"] as? [[String: Any]])
        #expect(paths.count == 2)
        #expect(paths.allSatisfy { ($0["levels"] as? [String]) == ["federal", "local"] })
        let none = try CLIRunner.run(["path", Self.belgium, "local_police", "un_ctc", "--layer", "all", "--kinds", "all"])
        #expect(none.status == 0)
        #expect(none.stdout.contains("No path from local_police to un_ctc"))
        #expect(none.stdout.contains("try --undirected"))
        let undirected = try CLIRunner.run(["path", Self.belgium, "local_police", "un_ctc", "--undirected", "--format", "markdown", "--layer", "all", "--kinds", "all"])
        #expect(undirected.stdout.contains("| 1 | 3 |"))
        let typo = try CLIRunner.run(["path", Self.belgium, "ocam", "federal_polise"])
        #expect(typo.status == 1)
        #expect(typo.stderr == "error: to: no node 'federal_polise' in the view (did you mean 'federal_police'?)\n")
        let both = try CLIRunner.run(["path", Self.belgium, "ocam", "local", "--all", "--k", "2", "--layer", "all"])
        #expect(both.status == 2)
        let lang = try CLIRunner.run(["path", Self.belgium, "ocam", "local", "--lang", "nl", "--layer", "all", "--kinds", "all"])
        #expect(lang.stdout.contains("OCAD"))
    }

    @Test func pathDefaultsToActorsInTheCoordinationLayer() throws {
        // By default a path joins actors through coordination ties; the levels it crosses are
        // still named (levels are attributes, read from the whole network).
        let r = try CLIRunner.run(["path", Self.belgium, "ocam", "local_police", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try json(r)
        let view = try #require(doc["view"] as? [String: Any])
        #expect(view["layers"] as? [String] == ["coordination"])
        #expect(view["kinds"] as? [String] == ["agency", "body", "group"])
        let result = try #require(doc["result"] as? [String: Any])
        let paths = try #require(result["paths"] as? [[String: Any]])
        #expect(paths.first?["levels"] as? [String] == ["federal", "local"])
        let toLevel = try CLIRunner.run(["path", Self.belgium, "ocam", "local"])
        #expect(toLevel.status == 1, "a level is not a node of the default (actor) view")
    }

    @Test func spofListsTheArticulationPointsOfTheWholeNetwork() throws {
        let r = try CLIRunner.run(["spof", Self.belgium, "--hub", "ocam", "--format", "json", "--random-runs", "3", "--layer", "all", "--kinds", "all"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "progress must be silent when stderr is not a terminal")
        let result = try #require(try json(r)["result"] as? [String: Any])
        let points = try #require(result["articulationPoints"] as? [[String: Any]])
        let ids = points.compactMap { (($0["nodes"] as? [[String: Any]])?.first?["id"]) as? String }
        #expect(ids == ["belgium", "communities", "dg_multilateral", "eu_declaration_2015", "european_commission",
                        "federal_government", "national_security_council", "regions"])
        #expect(result["robustness"] != nil)
        let hub = try CLIRunner.run(["spof", Self.belgium, "--hub", "ocma"])
        #expect(hub.status == 1)
        let layer = try CLIRunner.run(["spof", Self.belgium, "--layer", "cordination"])
        #expect(layer.status == 1)
        #expect(layer.stderr.contains("--layer: no layer 'cordination' in the network (did you mean 'coordination'?)"), "\(layer.stderr)")
        #expect(hub.status == 1)
        #expect(hub.stderr.contains("did you mean 'ocam'"))
        let cut = try CLIRunner.run(["spof", Self.belgium, "--cut-from", "level:local"])
        #expect(cut.status == 2)
        let selector = try CLIRunner.run(["spof", Self.belgium, "--cut-from", "lvl:local", "--cut-to", "tag:un"])
        #expect(selector.status == 2)
        #expect(selector.stderr.contains("use ID, kind:KIND, level:LEVEL or tag:TAG"))
        let k = try CLIRunner.run(["spof", Self.belgium, "--key-players", "500"])
        #expect(k.status == 2)
    }

    @Test func coverageMatrixAndRules() throws {
        let r = try CLIRunner.run(["coverage", Self.belgium, "--format", "csv", "--table", "redundancy-one"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("obj_border_security,belgium\r\n"))
        let dir = try CLIRunner.temporaryDirectory()
        let rules = dir.appendingPathComponent("rules.yaml")
        try """
            rules:
              - id: intelligence-informs-ocam
                every: {kind: agency, tag: intelligence}
                has: {type: informs, to: ocam}
            """.write(to: rules, atomically: true, encoding: .utf8)
        let checked = try CLIRunner.run(["coverage", Self.belgium, "--rules", rules.path, "--format", "csv", "--table", "violations"])
        #expect(checked.status == 1)
        #expect(checked.stdout.contains("intelligence-informs-ocam,intelligence_services,"))
        #expect(checked.stdout.contains("intelligence-informs-ocam,ctif,"))
        #expect(checked.stderr.contains("2 rule violations"))
        let badRules = dir.appendingPathComponent("bad.yaml")
        try "rules:\n  - id: x\n    evry: {kind: agency}\n".write(to: badRules, atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(["coverage", Self.belgium, "--rules", badRules.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("\(badRules.path):3:5: error: unknown key 'evry'"))
        let reach = try CLIRunner.run(["coverage", Self.belgium, "--hub", "ocam", "--format", "csv", "--table", "unreached-levels"])
        #expect(reach.stdout == "level,hops\r\ninternational,unreachable\r\neu,unreachable\r\n")
        let negative = try CLIRunner.run(["coverage", Self.belgium, "--min", "-1"])
        #expect(negative.status == 2)
        let date = try CLIRunner.run(["coverage", Self.belgium, "--at", "2020", "--format", "csv", "--table", "agencies-without-objective"])
        #expect(date.stdout == "agency\r\nfederal_government\r\n")
    }

    @Test func outputFileIsWritten() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("sub/stats.json")
        let r = try CLIRunner.run(["stats", Self.belgium, "--format", "json", "-o", out.path])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        #expect(try String(contentsOf: out, encoding: .utf8).contains("\"schema\" : \"agencygraph.stats\""))
    }
}

@Suite("examples")
struct ExampleProgramTests {
    static func run(_ name: String, _ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, program: name)
    }

    @Test func spofListNamesBelgiumAndItsObjectives() throws {
        let r = try Self.run("spof-list", [AnalysisCommandTests.belgium, "ocam"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("belgium (Belgium): cuts off 2; objectives losing the hub: obj_border_security, obj_legal_institutional_framework"))
        #expect(r.stdout.hasSuffix("8 articulation points, 13 bridges\n"))
        #expect(try Self.run("spof-list", []).status == 2)
    }

    @Test func spofListReadsAnyFormatThroughNetworkInput() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("chain.edgelist")
        try "a,b\nb,c\nc,d\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try Self.run("spof-list", [file.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "b (b): cuts off 1\nc (c): cuts off 1\n2 articulation points, 3 bridges\n")
        let missing = dir.appendingPathComponent("missing.graphml").path
        let m = try Self.run("spof-list", [missing])
        #expect(m.status == 1)
        #expect(m.stderr == "\(missing): error: no such file\n")
    }

    @Test func coverageAtDatesSeesTheNationalStrategy() throws {
        // The national strategy (since 2021-09) is implemented by the federal government, which adds
        // a federal contributor to prevention and reintegration between 2020 and 2022.
        let r = try Self.run("coverage-at-dates", [AnalysisCommandTests.belgium, "2020", "2022"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("obj_prevent_radicalisation @ federal: 10 -> 11"))
        #expect(r.stdout.contains("obj_reintegrate_offenders @ federal: 10 -> 11"))
        #expect(r.stdout.contains("agencies with no objective at 2020: federal_government"))
        #expect(try Self.run("coverage-at-dates", [AnalysisCommandTests.belgium, "2020", "soon"]).status == 2)
    }
}

@Suite("agencygraph structure analyses")
struct StructureCommandTests {
    let belgium = AnalysisCommandTests.belgium

    @Test func brokerageRanksOcamFirstAmongAgencies() throws {
        let r = try CLIRunner.run(["brokerage", belgium, "--kinds", "agency", "--undirected", "--format", "csv", "--top", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\r\n").map { $0.split(separator: ",").map(String.init) }
        #expect(rows.count == 3)
        #expect(rows[1].prefix(8) == ["ocam", "federal", "72", "2", "36", "36", "10", "156"])
        #expect(try CLIRunner.run(["brokerage", belgium, "--group-by", "tag"]).status == 2)
        #expect(try CLIRunner.run(["brokerage", belgium, "--show-kinds", "agence"]).status == 2)
        #expect(try CLIRunner.run(["brokerage", belgium, "--top", "0"]).status == 2)
    }

    @Test func communitiesAsJSON() throws {
        let r = try CLIRunner.run(["communities", belgium, "--undirected", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: r.stdoutBytes) as? [String: Any])
        #expect(doc["schema"] as? String == "agencygraph.communities")
        let result = try #require(doc["result"] as? [String: Any])
        let communities = try #require(result["communities"] as? [[String: Any]])
        // The actors of the Belgian network: 18 agencies, 10 bodies, 6 groups.
        #expect(communities.compactMap { ($0["members"] as? [String])?.count }.reduce(0, +) == 34)
        #expect(try CLIRunner.run(["communities", belgium, "--resolution", "-1"]).status == 2)
        let empty = try CLIRunner.run(["communities", belgium, "--kinds", "level"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("modularity is undefined without edges"))
    }

    @Test func whatifAndDiff() throws {
        let r = try CLIRunner.run(["whatif", belgium, "--add-edge", "ocam,regional,operates_at", "--format", "csv", "--table", "changes", "--layer", "all", "--kinds", "all"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("articulation points gone,regions\r\n"))
        #expect(try CLIRunner.run(["whatif", belgium]).status == 2)
        #expect(try CLIRunner.run(["whatif", belgium, "--add-edge", "ocam,regional"]).status == 2)
        #expect(try CLIRunner.run(["whatif", belgium, "--add-edge", "ocam,regional,operates", "--kinds", "all"]).status == 2)
        let typo = try CLIRunner.run(["whatif", belgium, "--remove", "ocma"])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("did you mean 'ocam'"))
        let d = try CLIRunner.run(["diff", belgium, "--dates", "2020,2022", "--format", "csv"])
        #expect(d.status == 0, "\(d.stderr)")
        #expect(d.stdout.contains("node removed,plan_r,\r\n"))
        #expect(d.stdout.contains("node added,national_strategy_ter,\r\n"))
        let same = try CLIRunner.run(["diff", belgium, belgium, "--format", "csv"])
        #expect(same.stdout == "change,what,fields\r\n")
        #expect(try CLIRunner.run(["diff", belgium]).status == 2)
        #expect(try CLIRunner.run(["diff", belgium, "--dates", "2020"]).status == 2)
        #expect(try CLIRunner.run(["diff", belgium, "missing.yaml"]).status == 1)
    }
}

@Suite("agencygraph centrality")
struct CentralityCommandTests {
    @Test func rankedAgenciesAndBadMeasures() throws {
        let belgium = AnalysisCommandTests.belgium
        let r = try CLIRunner.run(["centrality", belgium, "--kinds", "agency", "--undirected", "--measure", "betweenness", "--top", "2", "--format", "csv", "--layer", "all"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "rank,node,kind,betweenness\r\n1,ocam,agency,0.75\r\n2,fps_foreign_affairs,agency,0.1985\r\n")
        let bad = try CLIRunner.run(["centrality", belgium, "--measure", "betweeness"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("use degree, in-degree, out-degree, betweenness"))
        let katz = try CLIRunner.run(["centrality", belgium, "--undirected", "--measure", "katz", "--katz-alpha", "0.5"])
        #expect(katz.status == 1)
        #expect(katz.stderr.contains("did not converge"))
        let md = try CLIRunner.run(["centrality", belgium, "--measure", "pagerank,harmonic", "--top", "1", "--format", "markdown", "--lang", "fr"])
        // --lang fr translates the Markdown tables (CSV above stays English).
        #expect(md.stdout.hasPrefix("### Centralité (classement par PageRank, ex aequo par identifiant)\n\n| rang | nœud | type | PageRank | harmonique |\n"))
    }
}

@Suite("agencygraph analyses on empty views")
struct EmptyViewTests {
    /// A view with no node (an unused custom kind) must give an answer or a clear error, never a trap.
    @Test(arguments: [["stats"], ["spof"], ["coverage", "--min", "2"], ["centrality"], ["brokerage"], ["communities"],
                      ["diff", "--dates", "2020,2022"]])
    func noNodes(command: [String]) throws {
        let args = [command[0], AnalysisCommandTests.belgium] + command.dropFirst() + ["--kinds", "x-none", "--format", "json"]
        let r = try CLIRunner.run(args)
        if command[0] == "communities" {
            #expect(r.status == 1)
            #expect(r.stderr == "error: modularity is undefined without edges\n")
        } else {
            #expect(r.status == 0, "\(r.stderr)")
            let doc = try #require(try JSONSerialization.jsonObject(with: r.stdoutBytes) as? [String: Any])
            #expect(doc["schema"] as? String == "agencygraph.\(command[0])")
        }
    }
}

/// `--lang` translates the tables of `--format table` and `markdown`; CSV stays English.
@Suite struct AnalysisLanguageTests {
    static let belgium = AnalysisCommandTests.belgium

    @Test func spofInFrenchHasFrenchHeadersAndDecimalCommas() throws {
        let r = try CLIRunner.run(["spof", Self.belgium, "--lang", "fr", "--quiet"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Points d’articulation (nœuds dont la perte déconnecte)"))
        #expect(r.stdout.contains("  nœud "))
        #expect(!r.stdout.contains("Articulation points"))
        #expect(!r.stdout.contains("cut off"))
        // Schneider's R, a fraction: written with a comma.
        #expect(r.stdout.range(of: #"ciblé, degré \(adaptatif\) +0,\d+"#, options: .regularExpression) != nil)
        let english = try CLIRunner.run(["spof", Self.belgium, "--quiet"])
        #expect(english.stdout.range(of: #"targeted, degree \(adaptive\) +0\.\d+"#, options: .regularExpression) != nil)
    }

    @Test func centralityMarkdownInGermanWritesDecimalCommas() throws {
        let r = try CLIRunner.run(["centrality", Self.belgium, "--lang", "de", "--format", "markdown"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("| Rang | Knoten | Art | Grad | Zwischenzentralität | Nähezentralität |"))
        #expect(r.stdout.range(of: #"\| 0,\d+ \|"#, options: .regularExpression) != nil)
        #expect(r.stdout.range(of: #"\| 0\.\d+ \|"#, options: .regularExpression) == nil)
    }

    @Test func csvKeepsEnglishHeadersAndDotsWhateverTheLanguage() throws {
        let fr = try CLIRunner.run(["centrality", Self.belgium, "--lang", "fr", "--format", "csv"])
        let en = try CLIRunner.run(["centrality", Self.belgium, "--format", "csv"])
        #expect(fr.status == 0)
        #expect(fr.stdout.hasPrefix("rank,node,kind,degree,betweenness,closeness\r\n"))
        #expect(fr.stdout == en.stdout)
        let stats = try CLIRunner.run(["stats", Self.belgium, "--lang", "de", "--format", "csv"])
        #expect(stats.stdout.hasPrefix("measure,value\r\n"))
        #expect(stats.stdout.contains("\r\ndirected,yes\r\n"))
    }

    @Test func noPathHintFollowsTheLanguage() throws {
        let r = try CLIRunner.run(["path", Self.belgium, "local_police", "ocam", "--lang", "nl"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("maar geen pad volgt de richting van de verbindingen van local_police naar ocam; probeer --undirected"))
        let json = try CLIRunner.run(["path", Self.belgium, "local_police", "ocam", "--lang", "nl", "--format", "json"])
        #expect(json.stdout.contains("no path follows the edges' direction from local_police to ocam; try --undirected"))
    }
}
