import AgencyAnalysis
import AgencyModel
import Foundation
import Testing

/// Facts about graphs/belgium-counter-terrorism.yaml, each derived by reading the file (and the
/// seed text it cites), not from the program's output. The reasoning is in the comments.
@Suite struct StatsTests {
    @Test func countsAndReciprocity() throws {
        let stats = try view().stats()
        // README: 69 nodes (18 agencies, 6 levels, 10 bodies, 6 groups, 17 objectives, 12 instruments), 222 edges.
        #expect(stats.nodeCount == 69)
        #expect(stats.edgeCount == 222)
        #expect(stats.byKind.map(\.key) == ["agency", "level", "body", "group", "objective", "instrument"])
        #expect(stats.byKind.map(\.count) == [18, 6, 10, 6, 17, 12])
        // OCAM coordinates 13 partners (the text's list of "partenaires"): 13 `coordinates` edges.
        #expect(stats.byEdgeType.first { $0.key == "coordinates" }?.count == 13)
        // Everything hangs together through Belgium and the shared objectives: one component.
        #expect(stats.components == 1)
        #expect(stats.largestComponent == 69)
        // The only pairs with edges both ways are the 6 `cooperates_with` edges, read both ways in a
        // directed view (cted→belgium also carries `evaluates`, merged into the same graph edge):
        // 12 reciprocated directed edges.
        #expect(abs((try #require(stats.reciprocity)) - (12.0 / Double(stats.graphEdgeCount))) <= 1e-12)
        // Undirected views have no reciprocity.
        #expect(try view(directed: false).stats().reciprocity == nil)
    }

    @Test func agencyOnlyViewSplitsOffTheFederalGovernment() throws {
        // Among agencies only, the federal government is linked only to the National Security
        // Council (`part_of`): a component of 2 beside OCAM's 16 (OCAM, its 13 partners, and the
        // two parts of the FPS Foreign Affairs).
        let stats = try view(ViewFilter(kinds: [.agency])).stats()
        #expect(stats.nodeCount == 18)
        #expect(stats.components == 2)
        #expect(stats.largestComponent == 16)
        // ocam → fps_foreign_affairs ← dg_multilateral: diameter 3 from a partner to DGM (partner–ocam–FPS–DGM).
        #expect(stats.diameter == 3)
    }
}

@Suite struct PathTests {
    @Test func ocamReachesLocalLevelThroughLocalActors() throws {
        // OCAM coordinates the local police and the communes, both `operates_at: local`: 2 hops.
        let report = try view().paths(from: "ocam", to: "local", mode: .allShortest(limit: 10))
        #expect(report.paths.count == 2)
        #expect(Set(report.paths.map { $0.steps[1].node.id }) == ["local_police", "communes"])
        #expect(report.paths.allSatisfy { $0.length == 2 && $0.levels == ["federal", "local"] })
        #expect(report.paths[0].steps[1].via == ["coordinates"])
        #expect(report.noPath == nil)
    }

    @Test func noDirectedPathIsAnAnswer() throws {
        // The local police has only outgoing edges to objectives and to its level, which have no
        // outgoing edges: it reaches nothing at the UN, though the network is one component.
        let report = try view().paths(from: "local_police", to: "un_ctc")
        #expect(report.paths.isEmpty)
        let none = try #require(report.noPath)
        #expect(none.fromComponent == none.toComponent)
        #expect(none.reason.contains("direction"))
    }

    @Test func undirectedPathsToTheCTCAllPassBelgium() throws {
        // un_ctc's neighbours are un_security_council, cted and belgium; of these only belgium shares
        // an objective with the local police (prevention, prosecution, reintegration): every shortest
        // path is local_police – objective – belgium – un_ctc.
        let report = try view(directed: false).paths(from: "local_police", to: "un_ctc", mode: .allShortest(limit: 100))
        #expect(report.paths.count == 3)
        for p in report.paths {
            #expect(p.length == 3)
            #expect(p.steps[2].node.id == "belgium")
            #expect(p.steps[3].via == ["cooperates_with"])
        }
        // k shortest paths come by increasing length.
        let k = try view(directed: false).paths(from: "local_police", to: "un_ctc", mode: .kShortest(5))
        #expect(k.paths.count == 5)
        #expect(k.paths.map(\.length) == k.paths.map(\.length).sorted())
    }

    @Test func edgeTypesRestrictPaths() throws {
        // Only coordination and levels: OCAM still reaches the regional level through the regions.
        // The EU level is linked to the federal one (DGM `operates_at` both), but both edges leave
        // DGM, so OCAM has no directed path there: same component, wrong direction.
        let v = try view(ViewFilter(edgeTypes: [.coordinates, .operatesAt]))
        #expect(try v.paths(from: "ocam", to: "regional").paths.first?.steps.map(\.node.id) == ["ocam", "regions", "regional"])
        let none = try v.paths(from: "ocam", to: "eu")
        #expect(none.noPath != nil)
        #expect(none.noPath?.fromComponent == none.noPath?.toComponent)
        #expect(none.noPath?.reason.contains("direction") ?? false)
    }

    @Test func unknownEnds() throws {
        do {
            _ = try view().paths(from: "ocam", to: "federal_polise")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "to 'federal_polise' is not a node of the view; did you mean 'federal_police'?")
        }
    }
}

@Suite struct SPOFTests {
    @Test func articulationPointsOfTheWholeNetwork() throws {
        // Read undirected, a node is an articulation point when something hangs on it alone:
        // - regions / communities: the only nodes linked to the regional / community level;
        // - belgium: sole contributor to obj_border_security and obj_legal_institutional_framework;
        // - dg_multilateral: sole contributor to its three task_dgm_* mandates;
        // - national_security_council: sole contributor to task_nsc_coordination and task_nsc_priorities;
        // - federal_government: the only adopter of measures_2015 and measures_2017;
        // - european_commission: the only adopter of eu_ct_agenda_2020;
        // - eu_declaration_2015: the only contributor to obj_safeguard_values.
        // OCAM is not one: each partner is also linked through the shared objectives.
        let report = try view().singlePointsOfFailure(SPOFOptions(hub: "ocam", keyPlayers: 0, robustness: false))
        #expect(report.articulationPoints.map { $0.nodes[0].id } == [
            "belgium", "communities", "dg_multilateral", "eu_declaration_2015", "european_commission",
            "federal_government", "national_security_council", "regions",
        ])
        let belgiumFailure = try #require(report.articulationPoints.first { $0.nodes[0].id == "belgium" })
        #expect(belgiumFailure.cutOff == ["obj_border_security", "obj_legal_institutional_framework"])
        // Those two objectives lose their only contributor, hence any link to OCAM.
        #expect(belgiumFailure.objectivesLost == ["obj_border_security", "obj_legal_institutional_framework"])
        let regions = try #require(report.articulationPoints.first { $0.nodes[0].id == "regions" })
        #expect(regions.cutOff == ["regional"])
        #expect(regions.levels == ["regional"])
        // The regional level hangs on one edge.
        #expect(report.bridges.contains { Set($0.nodes.map(\.id)) == ["regions", "regional"] && $0.edgeTypes == ["operates_at"] })
        // From OCAM (directed), the regional level is reached only through the regions.
        #expect(report.dominators.contains { $0.node.id == "regions" && $0.dominates == ["regional"] })
    }

    @Test func amongAgenciesOcamIsTheSinglePointOfFailure() throws {
        // Agencies only: the 13 partners are linked to each other only through OCAM; DGM and the
        // diplomatic posts hang on the FPS Foreign Affairs; the federal government and the NSC form
        // a separate pair (no articulation point in a 2-node component).
        let report = try view(ViewFilter(kinds: [.agency])).singlePointsOfFailure(SPOFOptions(keyPlayers: 1, robustness: false))
        #expect(report.articulationPoints.map { $0.nodes[0].id } == ["fps_foreign_affairs", "ocam"])
        let ocam = try #require(report.articulationPoints.last)
        // Without a hub, what remains connected is the largest piece: FPS Foreign Affairs and its two
        // parts (3 nodes); the 12 other partners are cut off.
        #expect(ocam.cutOff.count == 12)
        #expect(!(ocam.cutOff.contains("fps_foreign_affairs")))
        // The best single node to remove is OCAM.
        #expect(report.keyPlayers?.nodes.map(\.id) == ["ocam"])
    }

    @Test func minimumCutDisconnectsTheSets() throws {
        let v = try view()
        let report = try v.singlePointsOfFailure(SPOFOptions(cutFrom: ["level:local"], cutTo: ["tag:un"], keyPlayers: 0, robustness: false))
        let cut = try #require(report.cut).nodes.map(\.id)
        #expect(!(cut.isEmpty))
        // Property: removing the cut leaves no undirected path from a local actor to a UN node.
        let rest = try view(ViewFilter(withoutNodes: Set(cut)), directed: false)
        let local = ["local_police", "communes"].filter { !cut.contains($0) }
        let un = belgium.nodes.filter { $0.tags.contains("un") && !cut.contains($0.id) }.map(\.id)
        for a in local {
            for b in un { #expect(try rest.paths(from: a, to: b).noPath != nil, "\(a) → \(b) after removing \(cut)") }
        }
    }

    @Test func robustnessTargetedIsWorseThanRandom() throws {
        // A hub-and-spoke set-up breaks faster under targeted removal than under random removal.
        let r = try #require(view().singlePointsOfFailure(SPOFOptions(keyPlayers: 0, randomRuns: 10)).robustness)
        #expect(r.targetedDegreeR < r.randomR)
        #expect(r.targetedCurve.count == 70)
        #expect(r.targetedCurve.first == 1)
        #expect(r.targetedCurve.last == 0)
    }
}

@Suite struct CoverageTests {
    @Test func matrixCells() throws {
        let report = try view().coverage(CoverageOptions(min: 1, hub: "ocam"))
        func cell(_ o: String, _ l: String) -> CoverageReport.Cell? { report.cells.first { $0.objective == o && $0.level == l } }
        #expect(report.levels == ["international", "eu", "federal", "community", "regional", "local"])
        // Shared objective 1 (protect citizens and infrastructure): OCAM and its 13 partners contribute
        // (the text's "objectifs communs"); none of them operates internationally; the EU declaration
        // of 2015 contributes, adopted by the EU heads of state (EU level).
        #expect(cell("obj_protect_citizens_infrastructure", "international")?.count == 0)
        #expect(cell("obj_protect_citizens_infrastructure", "eu")?.actors == ["eu_heads_of_state_government"])
        #expect(cell("obj_protect_citizens_infrastructure", "eu")?.via == ["adopts"])
        // Federal: OCAM + the 9 federal partners (FPS Foreign Affairs, Interior, Justice, Finance,
        // Defence, intelligence, CTIF, federal police, prosecutors).
        #expect(cell("obj_protect_citizens_infrastructure", "federal")?.count == 10)
        #expect(cell("obj_protect_citizens_infrastructure", "local")?.actors == ["communes", "local_police"])
        // Border security: only Belgium as a state, which operates at the EU and international levels.
        #expect(cell("obj_border_security", "federal")?.count == 0)
        #expect(cell("obj_border_security", "eu")?.actors == ["belgium"])
        #expect(report.thinCells.contains { $0.objective == "obj_border_security" && $0.level == "local" })
        // Single contributors: Belgium's two national efforts, the safeguard-values chapter (through
        // the EU declaration), DGM's three tasks and the NSC's two tasks.
        #expect(Set(report.redundancyOne.map(\.objective.id)) == [
            "obj_legal_institutional_framework", "obj_border_security", "obj_safeguard_values",
            "task_dgm_coordinate_contribution", "task_dgm_international_obligations", "task_dgm_reporting",
            "task_nsc_coordination", "task_nsc_priorities",
        ])
        // The hub's reach is measured on coordination among actors (Coverage.coordinationView):
        // directed, OCAM's coordination edges lead to the federal, community, regional and local
        // services, never to Belgium or an EU/UN body: the EU and international levels are unreachable.
        #expect(report.unreachedLevels.map(\.level) == ["international", "eu"])
        #expect(report.unreachedLevels.allSatisfy { $0.hops == nil })
        #expect(report.agenciesWithoutObjective == [])
        // Objectives whose every contributor loses its coordination tie to the hub with one node:
        // read on coordination among actors (objectives no longer relay), only international
        // cooperation, whose contributors reach OCAM through the FPS Foreign Affairs alone.
        // (Read on every relation at once, seven objectives "depended" on Belgium, the country
        // node, and on the EU declaration: artefacts of objectives and levels relaying paths.)
        #expect(report.singlePointDependencies.map(\.objective) == ["obj_international_cooperation"])
        #expect(report.singlePointDependencies.first?.dependsOn == ["fps_foreign_affairs"])
    }

    @Test func undirectedReachAndDates() throws {
        // Undirected, on coordination among actors: OCAM – FPS Foreign Affairs – diplomatic and
        // consular posts (international) is 2 hops; no coordination tie joins OCAM's services to
        // Belgium and the EU bodies, so the EU level is unreachable at any distance.
        let reach = try view(directed: false).coverage(CoverageOptions(hub: "ocam", maxHops: 2)).unreachedLevels
        #expect(reach.map(\.level) == ["eu"])
        #expect(reach.map(\.hops) == [nil])
        let one = try view(directed: false).coverage(CoverageOptions(hub: "ocam", maxHops: 1)).unreachedLevels
        #expect(one.map(\.level) == ["international", "eu"])
        #expect(one.map(\.hops) == [2, nil])
        // In 2020 the national strategy (since 2021-09) did not exist: the federal government only
        // adopted the 2015 and 2017 measures, which contribute to no objective.
        #expect(try view(ViewFilter(at: PartialDate(parsing: "2020"))).coverage().agenciesWithoutObjective == ["federal_government"])
    }

    @Test func rules() throws {
        let rules = try CoverageRules.parse("""
            rules:
              - id: intelligence-informs-ocam
                every: {kind: agency, tag: intelligence}
                has: {type: informs, to: ocam}
              - id: level-has-coordinator
                every: {kind: level}
                has: {type: operates_at, from: {tag: coordinator}}
              - id: redundant
                every: {kind: objective, tag: shared-objective}
                contributors: 2
            """, file: "rules.yaml")
        let violations = try view().coverage(CoverageOptions(rules: rules)).violations
        // The file has no `informs` edge into OCAM (only OCAM `coordinates` them): both agencies tagged
        // intelligence (intelligence services, CTIF) violate.
        #expect(violations.filter { $0.rule == "intelligence-informs-ocam" }.map(\.node) == ["intelligence_services", "ctif"])
        // Only OCAM and the NSC are tagged coordinator, both federal: every other level violates.
        #expect(violations.filter { $0.rule == "level-has-coordinator" }.map(\.node) == ["international", "eu", "regional", "community", "local"])
        // Every shared objective has OCAM and its 13 partners.
        #expect(violations.filter { $0.rule == "redundant" }.isEmpty)
    }

    @Test func ruleErrorsAreLocated() {
        do {
            _ = try CoverageRules.parse("rules:\n  - id: x\n    evry: {kind: agency}\n", file: "r.yaml")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "r.yaml:3:5: error: unknown key 'evry' in a rule (did you mean 'every'?); use id, description, every, has, contributors")
        }
        do {
            _ = try CoverageRules.parse("rules:\n  - id: x\n    every: {kind: agency}\n", file: "r.yaml")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("exactly one of 'has' or 'contributors'"))
        }
        do {
            _ = try CoverageRules.parse("rules:\n  - id: x\n    every: {kind: agency}\n    has: {type: infroms}\n", file: "r.yaml")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("unknown edge type 'infroms'"), "\(error)")
        }
    }
}

/// Rules files are read by the model's YAML reader: its limits and guards, and located diagnostics.
@Suite struct RulesFileTests {
    private func message(_ text: String) -> String {
        do {
            _ = try CoverageRules.parse(text, file: "r.yaml")
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test(arguments: [
        ("rules: 3\n", "r.yaml:1:8: error: 'rules' must be a list, found the number 3"),
        ("rule: []\n", "r.yaml:1:1: error: unknown key 'rule' in the rules file (did you mean 'rules'?); use rules"),
        ("- a\n", "r.yaml:1:1: error: the rules file must be a mapping, found a list"),
        ("rules:\n  - id: x\n    every: {kind: agency}\n    contributors: two\n", "r.yaml:4:19: error: 'contributors' must be a whole number >= 0, found a string"),
        ("rules:\n  - id: x\n    every: {kind: agency}\n    has: {type: infroms}\n", "r.yaml:4:17: error: unknown edge type 'infroms'; use \(EdgeType.builtIn.map(\.rawValue).joined(separator: ", ")) or x-…"),
        ("rules:\n  - id: x\n    every: {kind: agency}\n    contributors: 1\n  - id: x\n    every: {kind: agency}\n    contributors: 1\n", "r.yaml:5:5: error: rule id 'x' is used twice"),
        ("rules:\n  - id: x\n    every: {kind: agency}\n    has: {to: a, from: b}\n", "r.yaml:4:10: error: 'has' takes 'to' or 'from', not both"),
        ("rules: []\nrules: []\n", "r.yaml:2:1: error: duplicate key 'rules' in a mapping (first at 1:1)"),
        ("k: &k rules\n*k : []\n", "r.yaml:2:1: error: YAML alias '*k' used as a mapping key; aliases are not supported as keys"),
        ("rules: [\n", "r.yaml:2:1: error: invalid YAML: did not find expected node content (while parsing a flow node at 2:1)"),
    ])
    func problemsAreLocatedDiagnostics(text: String, expected: String) {
        #expect(message(text) == expected)
    }

    @Test func aFileThatIsNotTextIsRefusedAtItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let latin1 = folder.appendingPathComponent("latin1.yaml")
        try Data("rules:\n  - id: caf\u{E9}\n".data(using: .isoLatin1)!).write(to: latin1)
        #expect(throws: AnalysisError.input("\(latin1.path):2:12: error: file is not valid UTF-8 text (binary file, or another encoding such as Latin-1?)")) {
            try CoverageRules.load(latin1.path)
        }
        let missing = folder.appendingPathComponent("missing.yaml").path
        #expect(throws: AnalysisError.input("\(missing): error: no such file")) { try CoverageRules.load(missing) }
    }
}
