/// A fixed word or sentence of AgencyGraph's outputs, in every ``Language``.
///
/// The one catalogue of user-facing words: diagram legends and captions, briefings, the command
/// line's overlays and (next) the explorer all read it. Every word has all four languages; a test
/// iterates every word × language and fails on a missing or empty one.
///
/// Sentences are templates: `%1`, `%2`, … are the arguments; `{N:one|other}` picks `one` when
/// argument N is exactly `1`, else `other` (see ``Language/format(_:_:)``).
///
/// Each case's documentation quotes its English text from the catalogue.
public enum Word: String, CaseIterable, Sendable {
    /// In English: “Briefing”
    case briefing = "briefing"
    /// In English: “Contents”
    case contents = "contents"
    /// In English: “Summary”
    case summary = "summary"
    /// In English: “Key findings”
    case findings = "findings"
    /// In English: “Coordination hubs and brokers across levels”
    case hubs = "hubs"
    /// In English: “Single points of failure”
    case spof = "spof"
    /// In English: “Coverage gaps”
    case coverage = "coverage"
    /// In English: “Scenarios”
    case scenarios = "scenarios"
    /// In English: “Changes over time”
    case changes = "changes"
    /// In English: “Method and provenance”
    case method = "method"
    /// In English: “Figure”
    case figure = "figure"
    /// In English: “Table”
    case table = "table"
    /// In English: “evidence”
    case evidence = "evidence"
    /// In English: “Network”
    case network = "network"
    /// In English: “Date of the data”
    case date = "date"
    /// In English: “not stated”
    case undated = "undated"
    /// In English: “File”
    case generatedFrom = "generated-from"
    /// In English: “Sources”
    case sources = "sources"
    /// In English: “Nodes”
    case nodes = "nodes"
    /// In English: “Edges”
    case edges = "edges"
    /// In English: “Kind”
    case kind = "kind"
    /// In English: “Level”
    case level = "level"
    /// In English: “Count”
    case count = "count"
    /// In English: “Nodes by kind”
    case countsKind = "counts-kind"
    /// In English: “Nodes by level”
    case countsLevel = "counts-level"
    /// In English: “Overview of the network, grouped by level”
    case overview = "overview"
    /// In English: “Overview summarised by level (number of nodes per level; links between levels)”
    case overviewLevels = "overview-levels"
    /// In English: “Rank”
    case rank = "rank"
    /// In English: “Node”
    case node = "node"
    /// In English: “Betweenness”
    case betweenness = "betweenness"
    /// In English: “Degree”
    case degree = "degree"
    /// In English: “Brokerage roles (total)”
    case brokerageTotal = "brokerage-total"
    /// In English: “Most central nodes”
    case hubsTable = "hubs-table"
    /// In English: “Brokers between levels (Gould–Fernandez, groups = levels)”
    case brokersTable = "brokers-table"
    /// In English: “Nodes sized by betweenness centrality”
    case hubsFigure = "hubs-figure"
    /// In English: “Articulation points and what each cuts off”
    case spofTable = "spof-table"
    /// In English: “Single points of failure highlighted”
    case spofFigure = "spof-figure"
    /// In English: “Cut off”
    case cutOff = "cut-off"
    /// In English: “Levels affected”
    case levelsHit = "levels-hit"
    /// In English: “Objectives lost”
    case objectivesLost = "objectives-lost"
    /// In English: “none”
    case none = "none"
    /// In English: “No node's loss disconnects part of this view.”
    case noSpof = "no-spof"
    /// In English: “Contributors per objective and level”
    case coverageTable = "coverage-table"
    /// In English: “Objective”
    case objective = "objective"
    /// In English: “Thin or empty cells”
    case thinList = "thin-list"
    /// In English: “This view has no objectives.”
    case noObjectives = "no-objectives"
    /// In English: “Measure”
    case measure = "measure"
    /// In English: “Before”
    case before = "before"
    /// In English: “After”
    case after = "after"
    /// In English: “Removed nodes (highlighted) in the network”
    case scenarioFigure = "scenario-figure"
    /// In English: “No scenario was asked for.”
    case noScenarios = "no-scenarios"
    /// In English: “No comparison was asked for.”
    case noChanges = "no-changes"
    /// In English: “Differences drawn on the compared network”
    case changesFigure = "changes-figure"
    /// In English: “Nodes added”
    case addedNodes = "added-nodes"
    /// In English: “Nodes removed”
    case removedNodes = "removed-nodes"
    /// In English: “Edges added”
    case addedEdges = "added-edges"
    /// In English: “Edges removed”
    case removedEdges = "removed-edges"
    /// In English: “The view”
    case view = "view"
    /// In English: “the whole network, edges directed”
    case viewAll = "view-all"
    /// In English: “Measures and conventions”
    case measures = "measures"
    /// In English: “Excerpts supporting the findings”
    case excerpts = "excerpts"
    /// In English: “Assumptions in the data”
    case assumptions = "assumptions"
    /// In English: “Excerpt”
    case excerpt = "excerpt"
    /// In English: “Source”
    case source = "source"
    /// In English: “Element”
    case element = "element"
    /// In English: “Assumption”
    case assumption = "assumption"
    /// In English: “Figure omitted: the view is too large to draw legibly.”
    case figureOmitted = "figure-omitted"
    /// In English: “Betweenness: the share of shortest paths between other nodes that pass through
    /// a node, on the view read undirected, normalised to 0–1.”
    case convBetweenness = "conv-betweenness"
    /// In English: “Single points of failure: articulation points of the view read undirected; what
    /// each cuts off is measured from the hub when one is given, else from the largest remaining
    /// part.”
    case convSpof = "conv-spof"
    /// In English: “Coverage: distinct actors at each level that contribute to, implement or adopt
    /// an objective; a cell with fewer than 2 is thin, with 0 empty.”
    case convCoverage = "conv-coverage"
    /// In English: “Brokerage: Gould–Fernandez roles counted over two-step paths, with levels as
    /// groups.”
    case convBrokerage = "conv-brokerage"
    /// In English: “Showing %1 of %2 rows; the full list is in briefing.json.”
    case capped = "capped"
    /// In English: “actors only: agencies, levels, bodies and groups”
    case actorsOnly = "actors-only"
    /// In English: “Covered cells lost”
    case lostCells = "lost-cells"
    /// In English: “Hub”
    case hubLine = "hub-line"
    /// In English: “and”
    case sentenceAnd = "sentence-and"
    /// In English: “%1 is the most central node of this view: it has the highest betweenness (%2)
    /// of the %3 nodes.”
    case sentenceTopBroker = "sentence-top-broker"
    /// In English: “%1 brokers most between levels: %2 brokerage roles across levels.”
    case sentenceTopLevelBroker = "sentence-top-level-broker"
    /// In English: “{1:1 node is a single point|%1 nodes are single points} of failure in this
    /// view.”
    case sentenceSpofCount = "sentence-spof-count"
    /// In English: “Losing %1 would cut off %2 node{2:|s}.”
    case sentenceWorstSpof = "sentence-worst-spof"
    /// In English: “Losing %1 would cut off %2 node{2:|s} at the levels %3.”
    case sentenceWorstSpofLevels = "sentence-worst-spof-levels"
    /// In English: “Every path from %1 to %3 node{3:|s} passes through %2 in this view.”
    case sentenceOnlyPath = "sentence-only-path"
    /// In English: “Of the %3 objective × level cells, %2 are empty and %1 have a single
    /// contributor.”
    case sentenceCoverageGaps = "sentence-coverage-gaps"
    /// In English: “%1 of %2 objectives rest on a single contributing actor.”
    case sentenceRedundancyOne = "sentence-redundancy-one"
    /// In English: “From %1, the levels %2 are not reached within %3 edges.”
    case sentenceUnreached = "sentence-unreached"
    /// In English: “Removing %1 changes %2; %3 covered cell{3: is|s are} lost and %4 new single
    /// point{4:|s} of failure appear{4:s|}.”
    case sentenceScenarioChanges = "sentence-scenario-changes"
    /// In English: “Removing %1 changes no summary measure; %3 covered cell{3: is|s are} lost and
    /// %4 new single point{4:|s} of failure appear{4:s|}.”
    case sentenceScenarioUnchanged = "sentence-scenario-unchanged"
    /// In English: “From %1 to %2: %3 nodes added, %4 removed; %5 edges added, %6 removed.”
    case sentenceDiff = "sentence-diff"
    /// In English: “This briefing describes “%1”: %2 nodes and %3 edges over %4 levels, drawn from
    /// %5 source{5:|s}.”
    case sentenceSummary = "sentence-summary"
    /// In English: “Legend”
    case legend = "legend"
    /// In English: “Relations”
    case legendRelations = "legend-relations"
    /// In English: “Situation at”
    case legendSituationAt = "legend-situation-at"
    /// In English: “All periods”
    case legendAllDates = "legend-all-dates"
    /// In English: “added”
    case legendAdded = "legend-added"
    /// In English: “removed”
    case legendRemoved = "legend-removed"
    /// In English: “double border, thick line”
    case legendAddedStyle = "legend-added-style"
    /// In English: “dashed, grey”
    case legendRemovedStyle = "legend-removed-style"
    /// In English: “Compared with”
    case legendComparedWith = "legend-compared-with"
    /// In English: “Node size”
    case legendNodeSize = "legend-node-size"
    /// In English: “Colour”
    case legendColour = "legend-colour"
    /// In English: “Path”
    case legendPath = "legend-path"
    /// In English: “level”
    case legendLevelWord = "legend-level-word"
    /// In English: “node kind”
    case legendKindWord = "legend-kind-word"
    /// In English: “(no value)”
    case legendOtherGroup = "legend-other-group"
    /// In English: “colours repeat after 8 groups”
    case legendRepeatedColours = "legend-repeated-colours"
    /// In English: “boxes: levels of government”
    case legendClusterNote = "legend-cluster-note"
    /// In English: “source”
    case legendSource = "legend-source"
    /// In English: “assumption”
    case legendAssumption = "legend-assumption"
    /// In English: “+%1/−%2 nodes, +%3/−%4 edges”
    case diagramDiffCounts = "diagram-diff-counts"
    /// In English: “%1 nodes (%2); %3 edges (%4)”
    case diagramCounts = "diagram-counts"
    /// In English: “agency”
    case kindAgency = "kind-agency"
    /// In English: “level”
    case kindLevel = "kind-level"
    /// In English: “body”
    case kindBody = "kind-body"
    /// In English: “group”
    case kindGroup = "kind-group"
    /// In English: “objective”
    case kindObjective = "kind-objective"
    /// In English: “instrument”
    case kindInstrument = "kind-instrument"
    /// In English: “coordinates”
    case typeCoordinates = "type-coordinates"
    /// In English: “member of”
    case typeMemberOf = "type-member-of"
    /// In English: “part of”
    case typePartOf = "type-part-of"
    /// In English: “operates at”
    case typeOperatesAt = "type-operates-at"
    /// In English: “reports to”
    case typeReportsTo = "type-reports-to"
    /// In English: “informs”
    case typeInforms = "type-informs"
    /// In English: “contributes to”
    case typeContributesTo = "type-contributes-to"
    /// In English: “implements”
    case typeImplements = "type-implements"
    /// In English: “adopts”
    case typeAdopts = "type-adopts"
    /// In English: “supersedes”
    case typeSupersedes = "type-supersedes"
    /// In English: “funds”
    case typeFunds = "type-funds"
    /// In English: “evaluates”
    case typeEvaluates = "type-evaluates"
    /// In English: “cooperates with”
    case typeCooperatesWith = "type-cooperates-with"
    /// In English: “Single points of failure: %1 articulation point{1:|s}, %2 bridge{2:|s}
    /// (connections read undirected)”
    case captionSpof = "caption-spof"
    /// In English: “shortest path %1 → %2 (%3 hop{3:|s})”
    case captionPath = "caption-path"
    /// In English: “undirected”
    case captionUndirected = "caption-undirected"
    /// In English: “Louvain community (seed %1, modularity %2)”
    case captionCommunityTitle = "caption-community-title"
    /// In English: “community %1 (%2)”
    case captionCommunity = "caption-community"
    /// In English: “objectives an actor contributes to (%1 in the view)”
    case captionCoverageTitle = "caption-coverage-title"
    /// In English: “%1 objective{1:|s}”
    case captionCoverageBucket = "caption-coverage-bucket"
    /// In English: “Coverage of objectives by level: %1”
    case heatmapTitle = "heatmap-title"
    /// In English: “distinct contributing actors per cell (directly or through an instrument), at
    /// %1”
    case heatmapSubtitleAt = "heatmap-subtitle-at"
    /// In English: “distinct contributing actors per cell (directly or through an instrument), all
    /// periods”
    case heatmapSubtitleAll = "heatmap-subtitle-all"
    /// In English: “highlighted: %1”
    case captionHighlighted = "caption-highlighted"
    /// In English: “objective”
    case heatmapCorner = "heatmap-corner"
    /// In English: “all levels”
    case heatmapTotal = "heatmap-total"
    /// In English: “actors:”
    case heatmapKey = "heatmap-key"

    // Report tables
    /// In English: “yes”
    case tableYes = "table-yes"
    /// In English: “no”
    case tableNo = "table-no"
    /// In English: “nodes”
    case tableNodes = "table-nodes"
    /// In English: “edges”
    case tableEdges = "table-edges"
    /// In English: “graph edges”
    case tableGraphEdges = "table-graph-edges"
    /// In English: “directed”
    case tableDirected = "table-directed"
    /// In English: “undirected”
    case tableUndirected = "table-undirected"
    /// In English: “density”
    case tableDensity = "table-density"
    /// In English: “components”
    case tableComponents = "table-components"
    /// In English: “strongly connected components”
    case tableStrongComponents = "table-strong-components"
    /// In English: “largest component”
    case tableLargestComponent = "table-largest-component"
    /// In English: “diameter (largest component, undirected hops)”
    case tableDiameterHops = "table-diameter-hops"
    /// In English: “diameter”
    case tableDiameter = "table-diameter"
    /// In English: “reciprocity”
    case tableReciprocity = "table-reciprocity"
    /// In English: “Summary”
    case tableSummary = "table-summary"
    /// In English: “Nodes by kind”
    case tableNodesByKind = "table-nodes-by-kind"
    /// In English: “Nodes by home level”
    case tableNodesByLevel = "table-nodes-by-level"
    /// In English: “Edges by type”
    case tableEdgesByType = "table-edges-by-type"
    /// In English: “measure”
    case tableMeasure = "table-measure"
    /// In English: “value”
    case tableValue = "table-value"
    /// In English: “kind”
    case tableKind = "table-kind"
    /// In English: “level”
    case tableLevel = "table-level"
    /// In English: “type”
    case tableEdgeType = "table-edge-type"
    /// In English: “count”
    case tableCount = "table-count"
    /// In English: “No path from %1 to %2”
    case tableNoPath = "table-no-path"
    /// In English: “end”
    case tableEnd = "table-end"
    /// In English: “id”
    case tableId = "table-id"
    /// In English: “component”
    case tableComponent = "table-component"
    /// In English: “component size”
    case tableComponentSize = "table-component-size"
    /// In English: “from”
    case tableFrom = "table-from"
    /// In English: “to”
    case tableTo = "table-to"
    /// In English: “%1 and %2 are in different components (%3, %4 nodes; %5, %6 nodes) of this
    /// view”
    case tableReasonComponents = "table-reason-components"
    /// In English: “%1 and %2 are the same node”
    case tableReasonSameNode = "table-reason-same-node"
    /// In English: “%1 and %2 are in the same component, but no path follows the edges' direction
    /// from %1 to %2”
    case tableReasonDirection = "table-reason-direction"
    /// In English: “try %1”
    case tableTryOption = "table-try-option"
    /// In English: “Paths from %1 to %2 (%3, %4)”
    case tablePaths = "table-paths"
    /// In English: “shortest”
    case tableModeShortest = "table-mode-shortest"
    /// In English: “all-shortest”
    case tableModeAllShortest = "table-mode-all-shortest"
    /// In English: “k-shortest”
    case tableModeKShortest = "table-mode-k-shortest"
    /// In English: “length”
    case tableLength = "table-length"
    /// In English: “path”
    case tablePath = "table-path"
    /// In English: “levels crossed”
    case tableLevelsCrossed = "table-levels-crossed"
    /// In English: “cut off”
    case tableCutOff = "table-cut-off"
    /// In English: “levels”
    case tableLevels = "table-levels"
    /// In English: “objectives losing the hub”
    case tableObjectivesLosingHub = "table-objectives-losing-hub"
    /// In English: “node”
    case tableNode = "table-node"
    /// In English: “types”
    case tableTypes = "table-types"
    /// In English: “edge”
    case tableEdge = "table-edge"
    /// In English: “Articulation points (nodes whose loss disconnects)”
    case tableArticulationPoints = "table-articulation-points"
    /// In English: “Bridges (edges whose loss disconnects)”
    case tableBridges = "table-bridges"
    /// In English: “cut off = no longer connected to %1”
    case tableCutOffHub = "table-cut-off-hub"
    /// In English: “cut off = no longer connected to the largest remaining part”
    case tableCutOffLargest = "table-cut-off-largest"
    /// In English: “Dominators from %1 (every path from the hub passes them)”
    case tableDominators = "table-dominators"
    /// In English: “dominates”
    case tableDominates = "table-dominates"
    /// In English: “Minimum node cut”
    case tableMinimumCut = "table-minimum-cut"
    /// In English: “size”
    case tableSize = "table-size"
    /// In English: “cut”
    case tableCut = "table-cut"
    /// In English: “Key players (KPP-Neg, fragmentation)”
    case tableKeyPlayers = "table-key-players"
    /// In English: “fragmentation”
    case tableFragmentation = "table-fragmentation"
    /// In English: “Robustness (Schneider R; higher is more robust)”
    case tableRobustness = "table-robustness"
    /// In English: “removal”
    case tableRemoval = "table-removal"
    /// In English: “targeted, degree (adaptive)”
    case tableTargetedDegree = "table-targeted-degree"
    /// In English: “targeted, betweenness (adaptive)”
    case tableTargetedBetweenness = "table-targeted-betweenness"
    /// In English: “targeted, betweenness (recomputed every %1 removals)”
    case tableTargetedBetweennessEvery = "table-targeted-betweenness-every"
    /// In English: “random (mean of %1)”
    case tableRandomMean = "table-random-mean"
    /// In English: “degree attack removes first: %1”
    case tableDegreeAttack = "table-degree-attack"
    /// In English: “Contributing actors per objective and level”
    case tableCoverageMatrix = "table-coverage-matrix"
    /// In English: “objective”
    case tableObjective = "table-objective"
    /// In English: “total”
    case tableTotal = "table-total"
    /// In English: “Cells with fewer than %1 contributing actor{1:|s}”
    case tableThinCells = "table-thin-cells"
    /// In English: “Objectives with at most one contributing actor”
    case tableRedundancyOne = "table-redundancy-one"
    /// In English: “contributors”
    case tableContributors = "table-contributors"
    /// In English: “Levels not reached from %1 within %2 hops”
    case tableUnreachedLevels = "table-unreached-levels"
    /// In English: “hops”
    case tableHops = "table-hops"
    /// In English: “unreachable”
    case tableUnreachable = "table-unreachable"
    /// In English: “Objectives cut off from %1 by the loss of one node”
    case tableSinglePointDependencies = "table-single-point-dependencies"
    /// In English: “depends on”
    case tableDependsOn = "table-depends-on"
    /// In English: “Agencies contributing to no objective”
    case tableAgenciesWithoutObjective = "table-agencies-without-objective"
    /// In English: “agency”
    case tableAgency = "table-agency"
    /// In English: “Cells”
    case tableCells = "table-cells"
    /// In English: “actors”
    case tableActors = "table-actors"
    /// In English: “via”
    case tableVia = "table-via"
    /// In English: “Rule violations”
    case tableRuleViolations = "table-rule-violations"
    /// In English: “rule”
    case tableRule = "table-rule"
    /// In English: “problem”
    case tableProblem = "table-problem"
    /// In English: “Centrality (ranked by %1, ties by id)”
    case tableCentrality = "table-centrality"
    /// In English: “rank”
    case tableRank = "table-rank"
    /// In English: “degree”
    case tableDegree = "table-degree"
    /// In English: “in-degree”
    case tableInDegree = "table-in-degree"
    /// In English: “out-degree”
    case tableOutDegree = "table-out-degree"
    /// In English: “betweenness”
    case tableBetweenness = "table-betweenness"
    /// In English: “closeness”
    case tableCloseness = "table-closeness"
    /// In English: “harmonic”
    case tableHarmonic = "table-harmonic"
    /// In English: “eigenvector”
    case tableEigenvector = "table-eigenvector"
    /// In English: “pagerank”
    case tablePageRank = "table-page-rank"
    /// In English: “katz”
    case tableKatz = "table-katz"
    /// In English: “Group centrality of %1”
    case tableGroupCentrality = "table-group-centrality"
    /// In English: “group betweenness”
    case tableGroupBetweenness = "table-group-betweenness"
    /// In English: “group closeness”
    case tableGroupCloseness = "table-group-closeness"
    /// In English: “Brokerage between %1 groups (Gould–Fernandez) and structural holes (Burt)”
    case tableBrokerage = "table-brokerage"
    /// In English: “group”
    case tableGroup = "table-group"
    /// In English: “coordinator”
    case tableCoordinator = "table-coordinator"
    /// In English: “itinerant”
    case tableItinerant = "table-itinerant"
    /// In English: “representative”
    case tableRepresentative = "table-representative"
    /// In English: “gatekeeper”
    case tableGatekeeper = "table-gatekeeper"
    /// In English: “liaison”
    case tableLiaison = "table-liaison"
    /// In English: “constraint”
    case tableConstraint = "table-constraint"
    /// In English: “eff. size”
    case tableEffectiveSize = "table-effective-size"
    /// In English: “Communities (%1, modularity %2; levels as communities: %3)”
    case tableCommunities = "table-communities"
    /// In English: “members”
    case tableMembers = "table-members"
    /// In English: “%1 of %2 communities cross levels”
    case tableCrossLevels = "table-cross-levels"
    /// In English: “What if: remove %1; add %2”
    case tableWhatIf = "table-what-if"
    /// In English: “before”
    case tableBefore = "table-before"
    /// In English: “after”
    case tableAfter = "table-after"
    /// In English: “What changes”
    case tableWhatChanges = "table-what-changes"
    /// In English: “change”
    case tableChange = "table-change"
    /// In English: “items”
    case tableItems = "table-items"
    /// In English: “new articulation points”
    case tableNewArticulationPoints = "table-new-articulation-points"
    /// In English: “articulation points gone”
    case tableGoneArticulationPoints = "table-gone-articulation-points"
    /// In English: “coverage cells lost”
    case tableCellsLost = "table-cells-lost"
    /// In English: “coverage cells gained”
    case tableCellsGained = "table-cells-gained"
    /// In English: “objectives now with one contributor or none”
    case tableNewRedundancyOne = "table-new-redundancy-one"
    /// In English: “top brokers before”
    case tableTopBrokersBefore = "table-top-brokers-before"
    /// In English: “top brokers after”
    case tableTopBrokersAfter = "table-top-brokers-after"
    /// In English: “articulation points”
    case tableArticulationPointCount = "table-articulation-point-count"
    /// In English: “bridges”
    case tableBridgeCount = "table-bridge-count"
    /// In English: “R, targeted (degree)”
    case tableRobustnessTargeted = "table-robustness-targeted"
    /// In English: “R, random”
    case tableRobustnessRandom = "table-robustness-random"
    /// In English: “empty coverage cells”
    case tableEmptyCells = "table-empty-cells"
    /// In English: “objectives with one contributor or none”
    case tableOneContributor = "table-one-contributor"
    /// In English: “agencies without objective”
    case tableAgenciesNoObjective = "table-agencies-no-objective"
    /// In English: “levels not reached from the hub”
    case tableLevelsNotReached = "table-levels-not-reached"
    /// In English: “Differences from %1 to %2”
    case tableDifferences = "table-differences"
    /// In English: “what”
    case tableWhat = "table-what"
    /// In English: “fields”
    case tableFields = "table-fields"
    /// In English: “node added”
    case tableNodeAdded = "table-node-added"
    /// In English: “node removed”
    case tableNodeRemoved = "table-node-removed"
    /// In English: “node changed”
    case tableNodeChanged = "table-node-changed"
    /// In English: “edge added”
    case tableEdgeAdded = "table-edge-added"
    /// In English: “edge removed”
    case tableEdgeRemoved = "table-edge-removed"
    /// In English: “Measures”
    case tableMeasures = "table-measures"
    /// In English: “Betweenness that moved most”
    case tableBetweennessMoved = "table-betweenness-moved"
    /// In English: “(none)”
    case tableNone = "table-none"
    // Relation layers
    /// In English: “%1 (via %2)”
    case tableViaLayers = "table-via-layers"
    /// In English: “all layers”
    case tableAllLayers = "table-all-layers"
    /// In English: “cut off = no longer connected to %1 in that layer; (via …) = still connected
    /// through these other layers”
    case tableLayerCutOffHub = "table-layer-cut-off-hub"
    /// In English: “cut off = no longer connected to the largest remaining part in that layer; (via
    /// …) = still connected through these other layers”
    case tableLayerCutOffLargest = "table-layer-cut-off-largest"
    /// In English: “Cut off per relation layer (removed: %1)”
    case tableLayerImpact = "table-layer-impact"
    /// In English: “layer”
    case tableLayer = "table-layer"
    /// In English: “connected before”
    case tableReachedBefore = "table-reached-before"
    /// In English: “cut off (backup layers)”
    case tableCutOffBackup = "table-cut-off-backup"
    /// In English: “no backup channel”
    case tableNoBackup = "table-no-backup"
    /// In English: “Articulation points per relation layer”
    case tableLayerPoints = "table-layer-points"
    /// In English: “articulation points”
    case tableArticulationPointsShort = "table-articulation-points-short"
    /// In English: “in two or more layers”
    case tableInSeveralLayers = "table-in-several-layers"
    /// In English: “Losses that leave nodes without a backup channel in another layer”
    case tableNoBackupLosses = "table-no-backup-losses"
    /// In English: “articulation point in”
    case tableArticulationPointIn = "table-articulation-point-in"
    /// In English: “cut off with no backup”
    case tableCutOffNoBackup = "table-cut-off-no-backup"
    /// In English: “Layers (edges read undirected, self-loops ignored)”
    case tableLayersTitle = "table-layers-title"
    /// In English: “node pairs”
    case tableNodePairs = "table-node-pairs"
    /// In English: “nodes = nodes with a neighbour in the layer; components among them”
    case tableLayersNote = "table-layers-note"
    /// In English: “Degree per layer, overlapping degree and multiplex participation”
    case tableDegreePerLayer = "table-degree-per-layer"
    /// In English: “overlapping degree”
    case tableOverlappingDegree = "table-overlapping-degree"
    /// In English: “participation”
    case tableParticipation = "table-participation"
    /// In English: “degree = distinct neighbours in the layer; participation P = M/(M−1)·(1 −
    /// Σ(k/o)²) over M = %1 layers (Battiston, Nicosia & Latora 2014); n/a when o = 0 or M = 1”
    case tableParticipationNote = "table-participation-note"
    /// In English: “Layer overlap (node pairs linked in both layers)”
    case tableLayerOverlap = "table-layer-overlap"
    /// In English: “layers”
    case tableLayersColumn = "table-layers-column"
    /// In English: “shared pairs”
    case tableSharedPairs = "table-shared-pairs"
    /// In English: “Jaccard = |E_a ∩ E_b| / |E_a ∪ E_b| over unordered node pairs”
    case tableJaccardNote = "table-jaccard-note"
    /// In English: “Removing %1 cuts off %2 actor{2:|s} from the rest in the %3 layer; {4:1 of them
    /// keeps|%4 of them keep} a connection through another relation.”
    case sentenceScenarioLayer = "sentence-scenario-layer"
    /// In English: “Relation layers”
    case layersSection = "layers-section"
    /// In English: “Layers: each relation type belongs to one layer (coordination, structure,
    /// policy, or a layer declared in the data); each layer is read on its own, undirected. A
    /// backup channel is a connection through another layer.”
    case convLayers = "conv-layers"
    /// In English: “Not analysed”
    case notAnalysed = "not-analysed"
    /// In English: “Levels (level tables, brokerage across levels): the network declares no
    /// levels.”
    case omittedLevels = "omitted-levels"
    /// In English: “Coverage gaps: the network has no objectives to cover.”
    case omittedCoverage = "omitted-coverage"
    /// In English: “Scenarios: no scenario was asked for.”
    case omittedScenarios = "omitted-scenarios"
    /// In English: “Changes over time: no comparison with another network or date was asked for.”
    case omittedChanges = "omitted-changes"
    /// In English: “Relation layers: the network has relations in only one layer.”
    case omittedLayers = "omitted-layers"
    /// In English: “Coordination hubs”
    case hubsNoLevels = "hubs-no-levels"
    /// In English: “This briefing describes “%1”: %2 node{2:|s} and %3 edge{3:|s}, drawn from %4
    /// source{4:|s}.”
    case sentenceSummaryNoLevels = "sentence-summary-no-levels"
    /// In English: “This briefing describes “%1”: %2 node{2:|s} and %3 edge{3:|s} over %4
    /// level{4:|s}; the data cites no source.”
    case sentenceSummaryNoSources = "sentence-summary-no-sources"
    /// In English: “This briefing describes “%1”: %2 node{2:|s} and %3 edge{3:|s}; the data
    /// declares no levels and cites no source.”
    case sentenceSummaryBare = "sentence-summary-bare"
    /// In English: “%1 is the most central actor in the %4 layer: betweenness %2, the highest of %3
    /// actors.”
    case sentenceTopHubLayer = "sentence-top-hub-layer"
    /// In English: “Losing %1 would cut off %2 actor{2:|s} in the %3 layer: %4.”
    case sentenceWorstSpofLayer = "sentence-worst-spof-layer"
    /// In English: “{1:1 actor is a single point|%1 actors are single points} of failure in the %2
    /// layer.”
    case sentenceSpofCountLayer = "sentence-spof-count-layer"
    /// In English: “In the %4 layer, every path from %1 to %3 actor{3:|s} passes through %2.”
    case sentenceOnlyPathLayer = "sentence-only-path-layer"
    /// In English: “%1 brokers most between levels: %2 brokerage roles across levels.”
    case sentenceTopLevelBrokerHome = "sentence-top-level-broker-home"
    /// In English: “{1:1 further finding is|%1 further findings are} in briefing.json.”
    case moreFindings = "more-findings"
    /// In English: “{1:1 name is|%1 names are} not given in English in the data; {1:it is|they are}
    /// shown in another language, marked with that language’s code (e.g. ᶠʳ).”
    case fallbackNames = "fallback-names"
    /// In English: “coordination”
    case layerCoordination = "layer-coordination"
    /// In English: “structure”
    case layerStructure = "layer-structure"
    /// In English: “policy”
    case layerPolicy = "layer-policy"
    /// In English: “combined”
    case allLayersName = "all-layers-name"
    /// In English: “%1 and the actors tied to it, sized by betweenness”
    case neighbourhoodFigure = "neighbourhood-figure"
    /// In English: “The single points of failure (highlighted) and the actors they cut off”
    case spofCutOffFigure = "spof-cut-off-figure"
    /// In English: “Removed (highlighted) and the actors tied to them: %1”
    case scenarioNeighbourhoodFigure = "scenario-neighbourhood-figure"
    /// In English: “Overview summarised by community (number of actors per community; links between
    /// communities)”
    case overviewCommunities = "overview-communities"
    /// In English: “What changed (drawn on %1): the nodes added or removed and those they are tied
    /// to”
    case changesNeighbourhoodFigure = "changes-neighbourhood-figure"
    /// In English: “one line per pair, whatever the number of relations”
    case onePairOneLine = "one-pair-one-line"
    /// In English: “community”
    case community = "community"
    /// In English: “Figures: each shows the part of the network it is about (a hub’s neighbours,
    /// what a loss cuts off), or the network summarised by level or community, so that its text
    /// stays legible on an A4 page; several relations between one pair are drawn as one line.”
    case methodFigures = "method-figures"
    /// In English: “Findings are about actors: levels, objectives and instruments are context, and
    /// a broker between levels must have a level of its own.”
    case contextNodesRule = "context-nodes-rule"
    // Import warnings (AgencyInterop): how a foreign file was made valid.
    /// In English: “{1:1 node kind|%1 node kinds} inferred from edge rules (the format carries no
    /// kinds; e.g. %2)”
    case importKindsInferred = "import-kinds-inferred"
    /// In English: “{1:1 level reference that names|%1 level references that name} no level node
    /// moved to notes (e.g. %2)”
    case importLevelsMoved = "import-levels-moved"
    /// In English: “{1:1 rank|%1 ranks} on nodes that are not levels moved to notes (e.g. %2)”
    case importRanksMoved = "import-ranks-moved"
    /// In English: “{1:1 edge type became|%1 edge types became} x-… because the kinds of
    /// {1:its|their} ends break the type's rules (e.g. %2)”
    case importTypesRetyped = "import-types-retyped"
    /// In English: “{1:1 edge that closes|%1 edges that close} a cycle of part_of or supersedes
    /// became x-… (e.g. %2)”
    case importCyclesBroken = "import-cycles-broken"
    /// In English: “{1:1 source field|%1 source fields} that AgencyGraph refuses rewritten or
    /// dropped (ids that are not ids, repeated sources, non-http URLs, bad language tags, excerpts
    /// over the limit; e.g. %2)”
    case importSourcesRepaired = "import-sources-repaired"
    /// In English: “{1:1 declared layer|%1 declared layers} named after a custom edge type that no
    /// layer lists dropped (%2)”
    case importLayersDropped = "import-layers-dropped"
    // The explorer (issue 18): its controls, panel and notices.
    /// In English: “Network explorer”
    case explorerTitle = "explorer-title"
    /// In English: “Search a node (id, name, acronym)”
    case explorerSearch = "explorer-search"
    /// In English: “no match”
    case explorerNoMatch = "explorer-no-match"
    /// In English: “Zoom in”
    case explorerZoomIn = "explorer-zoom-in"
    /// In English: “Zoom out”
    case explorerZoomOut = "explorer-zoom-out"
    /// In English: “Fit to window”
    case explorerFit = "explorer-fit"
    /// In English: “Filters”
    case explorerFilters = "explorer-filters"
    /// In English: “Relation layers”
    case explorerLayers = "explorer-layers"
    /// In English: “Relation types”
    case explorerEdgeTypes = "explorer-edge-types"
    /// In English: “Node kinds”
    case explorerKinds = "explorer-kinds"
    /// In English: “Levels”
    case explorerLevels = "explorer-levels"
    /// In English: “Dim instead of hide”
    case explorerDim = "explorer-dim"
    /// In English: “Date”
    case explorerDate = "explorer-date"
    /// In English: “The network at %1”
    case explorerMeasuresAt = "explorer-measures-at"
    /// In English: “The network over all periods”
    case explorerMeasuresAll = "explorer-measures-all"
    /// In English: “No measures before %1, the first date of the data”
    case explorerMeasuresBefore = "explorer-measures-before"
    /// In English: “connected parts”
    case explorerComponents = "explorer-components"
    /// In English: “largest part”
    case explorerLargest = "explorer-largest"
    /// In English: “density”
    case explorerDensity = "explorer-density"
    /// In English: “diameter”
    case explorerDiameter = "explorer-diameter"
    /// In English: “single points of failure among actors”
    case explorerSpofCount = "explorer-spof-count"
    /// In English: “What if it is lost?”
    case explorerWhatIf = "explorer-what-if"
    /// In English: “Remove”
    case explorerRemove = "explorer-remove"
    /// In English: “Undo the removal”
    case explorerRestore = "explorer-restore"
    /// In English: “Removed: %1”
    case explorerRemoved = "explorer-removed"
    /// In English: “Cut off from %1, per relation layer”
    case explorerCutOffFromHub = "explorer-cut-off-from-hub"
    /// In English: “Cut off from the largest part, per relation layer”
    case explorerCutOffFromRest = "explorer-cut-off-from-rest"
    /// In English: “backup through %1”
    case explorerBackupVia = "explorer-backup-via"
    /// In English: “nobody cut off”
    case explorerNobodyCutOff = "explorer-nobody-cut-off"
    /// In English: “Not precomputed for this removal; run: %1”
    case explorerNotPrecomputed = "explorer-not-precomputed"
    /// In English: “Removals are not precomputed in this file: the network has %1 actors, more than
    /// %2. Use agencygraph whatif.”
    case explorerRemovalLimit = "explorer-removal-limit"
    /// In English: “Read on the actors over all periods, each relation layer on its own.”
    case explorerWhatIfScope = "explorer-what-if-scope"
    /// In English: “Overlays”
    case explorerOverlays = "explorer-overlays"
    /// In English: “Size by”
    case explorerSizeBy = "explorer-size-by"
    /// In English: “Colour by”
    case explorerColourBy = "explorer-colour-by"
    /// In English: “Highlight single points of failure”
    case explorerHighlightSpof = "explorer-highlight-spof"
    /// In English: “Coverage: objectives each actor contributes to”
    case explorerCoverageView = "explorer-coverage-view"
    /// In English: “Language”
    case explorerLanguage = "explorer-language"
    /// In English: “Copy the link to this view”
    case explorerShare = "explorer-share"
    /// In English: “Link copied”
    case explorerCopied = "explorer-copied"
    /// In English: “Export the view (SVG)”
    case explorerExport = "explorer-export"
    /// In English: “Print”
    case explorerPrint = "explorer-print"
    /// In English: “Reset”
    case explorerReset = "explorer-reset"
    /// In English: “Close”
    case explorerClose = "explorer-close"
    /// In English: “Names”
    case explorerNames = "explorer-names"
    /// In English: “Valid”
    case explorerValidity = "explorer-validity"
    /// In English: “from %1”
    case explorerSince = "explorer-since"
    /// In English: “until %1”
    case explorerUntil = "explorer-until"
    /// In English: “no dates given”
    case explorerNoDates = "explorer-no-dates"
    /// In English: “Ties out (%1)”
    case explorerTiesOut = "explorer-ties-out"
    /// In English: “Ties in (%1)”
    case explorerTiesIn = "explorer-ties-in"
    /// In English: “Provenance”
    case explorerProvenance = "explorer-provenance"
    /// In English: “assumed, no source states it”
    case explorerAssumed = "explorer-assumed"
    /// In English: “section”
    case explorerSection = "explorer-section"
    /// In English: “Rank among %1 actors”
    case explorerRanks = "explorer-ranks"
    /// In English: “not an actor: not ranked”
    case explorerNotRanked = "explorer-not-ranked"
    /// In English: “If it is lost, per relation layer”
    case explorerSpofRole = "explorer-spof-role"
    /// In English: “%1: cuts off %2”
    case explorerCutsOff = "explorer-cuts-off"
    /// In English: “its loss cuts nobody off in any layer”
    case explorerCutsNobody = "explorer-cuts-nobody"
    /// In English: “%1 of %2 nodes and %3 of %4 ties shown”
    case explorerShown = "explorer-shown"
    /// In English: “Keys: arrows move, + and − zoom, 0 fits, / searches, Esc closes the panel.”
    case explorerKeys = "explorer-keys"
    /// In English: “Notes”
    case explorerNotes = "explorer-notes"
    /// In English: “Written by agencygraph explore from %1; every figure was computed when the file
    /// was written.”
    case explorerWrittenFrom = "explorer-written-from"
    /// In English: “Tie”
    case explorerTie = "explorer-tie"
    /// In English: “layer”
    case explorerLayer = "explorer-layer"
    /// In English: “Select an actor, then Remove, to see who is cut off in each relation layer.”
    case explorerWhatIfHint = "explorer-what-if-hint"
    /// In English: “Open the network explorer: the drawing, the source behind each tie, filters,
    /// dates and what-if”
    case explorerOpenLink = "explorer-open-link"
    /// In English: “%1 member{1:|s}”
    case condensedGroupCount = "condensed-group-count"
    /// In English: “%1 member{1:|s}, %2 tie{2:|s} inside”
    case condensedGroupTooltip = "condensed-group-tooltip"
    /// In English: “%1 tie{1:|s}”
    case condensedTieTooltip = "condensed-tie-tooltip"
    /// In English: “Condensed drawing of %1 nodes and %2 edges: %3 boxes, each a group with its
    /// number of members; the number on a line counts the ties between two boxes; an arrow only
    /// where every tie runs the same way.”
    case condensedDescription = "condensed-description"
    /// In English: “%1 other groups”
    case condensedOther = "condensed-other"
    /// In English: “no level”
    case condensedNoLevel = "condensed-no-level"
    /// In English: “the number on a line counts the ties between two boxes; an arrow only where all
    /// of them run the same way”
    case condensedLines = "condensed-lines"
    /// In English: “%1 more actor{1:|s} cut off, not drawn; all are listed in %2.”
    case cutOffNotDrawn = "cut-off-not-drawn"
    /// In English: “the network at %1”
    case versionAt = "version-at"
    /// In English: “the version dated %1”
    case versionDated = "version-dated"
    /// In English: “the network as given”
    case versionCurrent = "version-current"
    /// In English: “the version compared with it”
    case versionCompared = "version-compared"
    /// In English: “Top %1 of %2; all in briefing.json.”
    case topRows = "top-rows"
    /// In English: “+%1 more (briefing.json)”
    case cellMore = "cell-more"
    /// In English: “Betweenness (estimated)”
    case betweennessEstimated = "betweenness-estimated"
    /// In English: “betweenness (estimated)”
    case tableBetweennessEstimated = "table-betweenness-estimated"
    /// In English: “Betweenness estimated from %1 of %2 source nodes drawn at random (Brandes and
    /// Pich 2007, seed %3); exact values need all %2.”
    case noteBetweennessSampled = "note-betweenness-sampled"
    /// In English: “Betweenness is estimated, not exact: the view has %1 actors (more than %2), so
    /// shortest paths are counted from %3 source actors drawn at random (pivot sampling, Brandes
    /// and Pich 2007; fixed seed %4, so the same network gives the same values). Tables say
    /// “estimated”.”
    case convBetweennessSampled = "conv-betweenness-sampled"
}

extension Word {
    /// The word in each language.
    struct Entry {
        let en: String, fr: String, nl: String, de: String
        init(_ en: String, fr: String, nl: String, de: String) {
            self.en = en
            self.fr = fr
            self.nl = nl
            self.de = de
        }
    }

    /// The catalogue, by word. Missing entries are caught by `WordCatalogueTests`.
    static let catalogue: [Word: Entry] = [
        .briefing: Entry("Briefing",
            fr: "Note de synthèse",
            nl: "Briefing",
            de: "Briefing"),
        .contents: Entry("Contents",
            fr: "Sommaire",
            nl: "Inhoud",
            de: "Inhalt"),
        .summary: Entry("Summary",
            fr: "Résumé",
            nl: "Samenvatting",
            de: "Zusammenfassung"),
        .findings: Entry("Key findings",
            fr: "Constats principaux",
            nl: "Belangrijkste bevindingen",
            de: "Wichtigste Ergebnisse"),
        .hubs: Entry("Coordination hubs and brokers across levels",
            fr: "Pôles de coordination et intermédiaires entre niveaux",
            nl: "Coördinatieknooppunten en makelaars tussen niveaus",
            de: "Koordinationsknoten und Vermittler zwischen Ebenen"),
        .spof: Entry("Single points of failure",
            fr: "Points de défaillance uniques",
            nl: "Enkelvoudige faalpunten",
            de: "Einzelne Ausfallpunkte"),
        .coverage: Entry("Coverage gaps",
            fr: "Lacunes de couverture",
            nl: "Lacunes in de dekking",
            de: "Abdeckungslücken"),
        .scenarios: Entry("Scenarios",
            fr: "Scénarios",
            nl: "Scenario's",
            de: "Szenarien"),
        .changes: Entry("Changes over time",
            fr: "Évolution dans le temps",
            nl: "Veranderingen in de tijd",
            de: "Veränderungen im Zeitverlauf"),
        .method: Entry("Method and provenance",
            fr: "Méthode et provenance",
            nl: "Methode en herkomst",
            de: "Methode und Herkunft"),
        .figure: Entry("Figure",
            fr: "Figure",
            nl: "Figuur",
            de: "Abbildung"),
        .table: Entry("Table",
            fr: "Tableau",
            nl: "Tabel",
            de: "Tabelle"),
        .evidence: Entry("evidence",
            fr: "preuve",
            nl: "bewijs",
            de: "Beleg"),
        .network: Entry("Network",
            fr: "Réseau",
            nl: "Netwerk",
            de: "Netzwerk"),
        .date: Entry("Date of the data",
            fr: "Date des données",
            nl: "Datum van de gegevens",
            de: "Stand der Daten"),
        .undated: Entry("not stated",
            fr: "non précisée",
            nl: "niet vermeld",
            de: "nicht angegeben"),
        .generatedFrom: Entry("File",
            fr: "Fichier",
            nl: "Bestand",
            de: "Datei"),
        .sources: Entry("Sources",
            fr: "Sources",
            nl: "Bronnen",
            de: "Quellen"),
        .nodes: Entry("Nodes",
            fr: "Nœuds",
            nl: "Knopen",
            de: "Knoten"),
        .edges: Entry("Edges",
            fr: "Liens",
            nl: "Verbindingen",
            de: "Verbindungen"),
        .kind: Entry("Kind",
            fr: "Type",
            nl: "Soort",
            de: "Art"),
        .level: Entry("Level",
            fr: "Niveau",
            nl: "Niveau",
            de: "Ebene"),
        .count: Entry("Count",
            fr: "Nombre",
            nl: "Aantal",
            de: "Anzahl"),
        .countsKind: Entry("Nodes by kind",
            fr: "Nœuds par type",
            nl: "Knopen per soort",
            de: "Knoten nach Art"),
        .countsLevel: Entry("Nodes by level",
            fr: "Nœuds par niveau",
            nl: "Knopen per niveau",
            de: "Knoten nach Ebene"),
        .overview: Entry("Overview of the network, grouped by level",
            fr: "Vue d’ensemble du réseau, par niveau",
            nl: "Overzicht van het netwerk, per niveau",
            de: "Überblick über das Netzwerk, nach Ebene gruppiert"),
        .overviewLevels: Entry("Overview summarised by level (number of nodes per level; links between levels)",
            fr: "Vue d’ensemble résumée par niveau (nombre de nœuds par niveau ; liens entre niveaux)",
            nl: "Overzicht samengevat per niveau (aantal knopen per niveau; verbindingen tussen niveaus)",
            de: "Überblick nach Ebene zusammengefasst (Anzahl der Knoten je Ebene; Verbindungen zwischen Ebenen)"),
        .rank: Entry("Rank",
            fr: "Rang",
            nl: "Rang",
            de: "Rang"),
        .node: Entry("Node",
            fr: "Nœud",
            nl: "Knoop",
            de: "Knoten"),
        .betweenness: Entry("Betweenness",
            fr: "Intermédiarité",
            nl: "Tussenliggendheid",
            de: "Zwischenzentralität"),
        .degree: Entry("Degree",
            fr: "Degré",
            nl: "Graad",
            de: "Grad"),
        .brokerageTotal: Entry("Brokerage roles (total)",
            fr: "Rôles d’intermédiaire (total)",
            nl: "Makelaarsrollen (totaal)",
            de: "Vermittlerrollen (gesamt)"),
        .hubsTable: Entry("Most central nodes",
            fr: "Nœuds les plus centraux",
            nl: "Meest centrale knopen",
            de: "Zentralste Knoten"),
        .brokersTable: Entry("Brokers between levels (Gould–Fernandez, groups = levels)",
            fr: "Intermédiaires entre niveaux (Gould–Fernandez, groupes = niveaux)",
            nl: "Makelaars tussen niveaus (Gould–Fernandez, groepen = niveaus)",
            de: "Vermittler zwischen Ebenen (Gould–Fernandez, Gruppen = Ebenen)"),
        .hubsFigure: Entry("Nodes sized by betweenness centrality",
            fr: "Nœuds dimensionnés selon leur intermédiarité",
            nl: "Knopen geschaald naar tussenliggendheid",
            de: "Knoten nach Zwischenzentralität skaliert"),
        .spofTable: Entry("Articulation points and what each cuts off",
            fr: "Points d’articulation et ce que chacun isole",
            nl: "Scharnierpunten en wat elk afsnijdt",
            de: "Artikulationspunkte und was jeder abschneidet"),
        .spofFigure: Entry("Single points of failure highlighted",
            fr: "Points de défaillance uniques mis en évidence",
            nl: "Enkelvoudige faalpunten gemarkeerd",
            de: "Einzelne Ausfallpunkte hervorgehoben"),
        .cutOff: Entry("Cut off",
            fr: "Isolés",
            nl: "Afgesneden",
            de: "Abgeschnitten"),
        .levelsHit: Entry("Levels affected",
            fr: "Niveaux touchés",
            nl: "Getroffen niveaus",
            de: "Betroffene Ebenen"),
        .objectivesLost: Entry("Objectives lost",
            fr: "Objectifs perdus",
            nl: "Verloren doelstellingen",
            de: "Verlorene Ziele"),
        .none: Entry("none",
            fr: "aucun",
            nl: "geen",
            de: "keine"),
        .noSpof: Entry("No node's loss disconnects part of this view.",
            fr: "Aucune perte de nœud ne déconnecte une partie de cette vue.",
            nl: "Het verlies van geen enkele knoop koppelt een deel van deze weergave los.",
            de: "Der Verlust keines einzelnen Knotens trennt einen Teil dieser Ansicht ab."),
        .coverageTable: Entry("Contributors per objective and level",
            fr: "Contributeurs par objectif et niveau",
            nl: "Bijdragers per doelstelling en niveau",
            de: "Beitragende Akteure je Ziel und Ebene"),
        .objective: Entry("Objective",
            fr: "Objectif",
            nl: "Doelstelling",
            de: "Ziel"),
        .thinList: Entry("Thin or empty cells",
            fr: "Cellules faibles ou vides",
            nl: "Dunne of lege cellen",
            de: "Schwache oder leere Zellen"),
        .noObjectives: Entry("This view has no objectives.",
            fr: "Cette vue ne comporte aucun objectif.",
            nl: "Deze weergave heeft geen doelstellingen.",
            de: "Diese Ansicht enthält keine Ziele."),
        .measure: Entry("Measure",
            fr: "Mesure",
            nl: "Maatstaf",
            de: "Maß"),
        .before: Entry("Before",
            fr: "Avant",
            nl: "Voor",
            de: "Vorher"),
        .after: Entry("After",
            fr: "Après",
            nl: "Na",
            de: "Nachher"),
        .scenarioFigure: Entry("Removed nodes (highlighted) in the network",
            fr: "Nœuds retirés (mis en évidence) dans le réseau",
            nl: "Verwijderde knopen (gemarkeerd) in het netwerk",
            de: "Entfernte Knoten (hervorgehoben) im Netzwerk"),
        .noScenarios: Entry("No scenario was asked for.",
            fr: "Aucun scénario n’a été demandé.",
            nl: "Er is geen scenario gevraagd.",
            de: "Es wurde kein Szenario angefordert."),
        .noChanges: Entry("No comparison was asked for.",
            fr: "Aucune comparaison n’a été demandée.",
            nl: "Er is geen vergelijking gevraagd.",
            de: "Es wurde kein Vergleich angefordert."),
        .changesFigure: Entry("Differences drawn on the compared network",
            fr: "Différences dessinées sur le réseau comparé",
            nl: "Verschillen getekend op het vergeleken netwerk",
            de: "Unterschiede, eingezeichnet in das verglichene Netzwerk"),
        .addedNodes: Entry("Nodes added",
            fr: "Nœuds ajoutés",
            nl: "Toegevoegde knopen",
            de: "Hinzugefügte Knoten"),
        .removedNodes: Entry("Nodes removed",
            fr: "Nœuds retirés",
            nl: "Verwijderde knopen",
            de: "Entfernte Knoten"),
        .addedEdges: Entry("Edges added",
            fr: "Liens ajoutés",
            nl: "Toegevoegde verbindingen",
            de: "Hinzugefügte Verbindungen"),
        .removedEdges: Entry("Edges removed",
            fr: "Liens retirés",
            nl: "Verwijderde verbindingen",
            de: "Entfernte Verbindungen"),
        .view: Entry("The view",
            fr: "La vue",
            nl: "De weergave",
            de: "Die Ansicht"),
        .viewAll: Entry("the whole network, edges directed",
            fr: "le réseau entier, liens orientés",
            nl: "het volledige netwerk, gerichte verbindingen",
            de: "das gesamte Netzwerk, Verbindungen gerichtet"),
        .measures: Entry("Measures and conventions",
            fr: "Mesures et conventions",
            nl: "Maatstaffen en conventies",
            de: "Maße und Konventionen"),
        .excerpts: Entry("Excerpts supporting the findings",
            fr: "Extraits à l’appui des constats",
            nl: "Fragmenten die de bevindingen staven",
            de: "Auszüge, die die Ergebnisse belegen"),
        .assumptions: Entry("Assumptions in the data",
            fr: "Hypothèses des données",
            nl: "Aannames in de gegevens",
            de: "Annahmen in den Daten"),
        .excerpt: Entry("Excerpt",
            fr: "Extrait",
            nl: "Fragment",
            de: "Auszug"),
        .source: Entry("Source",
            fr: "Source",
            nl: "Bron",
            de: "Quelle"),
        .element: Entry("Element",
            fr: "Élément",
            nl: "Element",
            de: "Element"),
        .assumption: Entry("Assumption",
            fr: "Hypothèse",
            nl: "Aanname",
            de: "Annahme"),
        .figureOmitted: Entry("Figure omitted: the view is too large to draw legibly.",
            fr: "Figure omise : la vue est trop grande pour être lisible.",
            nl: "Figuur weggelaten: de weergave is te groot om leesbaar te tekenen.",
            de: "Abbildung weggelassen: die Ansicht ist zu groß, um lesbar gezeichnet zu werden."),
        .convBetweenness: Entry("Betweenness: the share of shortest paths between other nodes that pass through a node, on the view read undirected, normalised to 0–1.",
            fr: "Intermédiarité : part des plus courts chemins entre d’autres nœuds qui passent par un nœud, vue lue sans orientation, normalisée entre 0 et 1.",
            nl: "Tussenliggendheid: het aandeel kortste paden tussen andere knopen dat door een knoop loopt, in de weergave zonder richting, genormaliseerd tussen 0 en 1.",
            de: "Zwischenzentralität: der Anteil der kürzesten Wege zwischen anderen Knoten, die durch einen Knoten verlaufen, in der ungerichtet gelesenen Ansicht, normiert auf 0–1."),
        .convSpof: Entry("Single points of failure: articulation points of the view read undirected; what each cuts off is measured from the hub when one is given, else from the largest remaining part.",
            fr: "Points de défaillance uniques : points d’articulation de la vue lue sans orientation ; ce que chacun isole est mesuré depuis le pôle s’il est donné, sinon depuis la plus grande partie restante.",
            nl: "Enkelvoudige faalpunten: scharnierpunten van de weergave zonder richting; wat elk afsnijdt wordt gemeten vanaf de hub als die gegeven is, anders vanaf het grootste overblijvende deel.",
            de: "Einzelne Ausfallpunkte: Artikulationspunkte der ungerichtet gelesenen Ansicht; was jeder abschneidet, wird vom Knotenpunkt aus gemessen, wenn einer angegeben ist, sonst vom größten verbleibenden Teil."),
        .convCoverage: Entry("Coverage: distinct actors at each level that contribute to, implement or adopt an objective; a cell with fewer than 2 is thin, with 0 empty.",
            fr: "Couverture : acteurs distincts à chaque niveau qui contribuent à, mettent en œuvre ou adoptent un objectif ; une cellule de moins de 2 est faible, de 0 vide.",
            nl: "Dekking: verschillende actoren op elk niveau die bijdragen aan, uitvoeren of aannemen van een doelstelling; een cel met minder dan 2 is dun, met 0 leeg.",
            de: "Abdeckung: verschiedene Akteure je Ebene, die zu einem Ziel beitragen, es umsetzen oder beschließen; eine Zelle mit weniger als 2 ist schwach, mit 0 leer."),
        .convBrokerage: Entry("Brokerage: Gould–Fernandez roles counted over two-step paths, with levels as groups.",
            fr: "Intermédiation : rôles de Gould–Fernandez comptés sur les chemins de deux pas, les niveaux servant de groupes.",
            nl: "Makelaardij: rollen van Gould–Fernandez geteld over paden van twee stappen, met niveaus als groepen.",
            de: "Vermittlung: Rollen nach Gould–Fernandez, gezählt über Wege aus zwei Schritten, mit Ebenen als Gruppen."),
        .capped: Entry("Showing %1 of %2 rows; the full list is in briefing.json.",
            fr: "%1 lignes affichées sur %2 ; la liste complète est dans briefing.json.",
            nl: "%1 van %2 rijen getoond; de volledige lijst staat in briefing.json.",
            de: "%1 von %2 Zeilen angezeigt; die vollständige Liste steht in briefing.json."),
        .actorsOnly: Entry("actors only: agencies, levels, bodies and groups",
            fr: "acteurs seulement : agences, niveaux, organes et groupes",
            nl: "alleen actoren: agentschappen, niveaus, organen en groepen",
            de: "nur Akteure: Behörden, Ebenen, Organisationen und Gruppen"),
        .lostCells: Entry("Covered cells lost",
            fr: "Cellules couvertes perdues",
            nl: "Verloren gedekte cellen",
            de: "Verlorene abgedeckte Zellen"),
        .hubLine: Entry("Hub",
            fr: "Pôle",
            nl: "Hub",
            de: "Knotenpunkt"),
        .sentenceAnd: Entry("and",
            fr: "et",
            nl: "en",
            de: "und"),
        .sentenceTopBroker: Entry("%1 is the most central node of this view: it has the highest betweenness (%2) of the %3 nodes.",
            fr: "%1 est le nœud le plus central de cette vue : son intermédiarité (%2) est la plus élevée des %3 nœuds.",
            nl: "%1 is de meest centrale knoop van deze weergave: de hoogste tussenliggendheid (%2) van de %3 knopen.",
            de: "%1 ist der zentralste Knoten dieser Ansicht: die höchste Zwischenzentralität (%2) der %3 Knoten."),
        .sentenceTopLevelBroker: Entry("%1 brokers most between levels: %2 brokerage roles across levels.",
            fr: "%1 est le principal intermédiaire entre niveaux : %2 rôles d’intermédiaire.",
            nl: "%1 bemiddelt het meest tussen niveaus: %2 makelaarsrollen.",
            de: "%1 vermittelt am meisten zwischen Ebenen: %2 Vermittlerrollen über Ebenen hinweg."),
        .sentenceSpofCount: Entry("{1:1 node is a single point|%1 nodes are single points} of failure in this view.",
            fr: "{1:1 nœud est un point de défaillance unique|%1 nœuds sont des points de défaillance uniques} dans cette vue.",
            nl: "{1:1 knoop is een enkelvoudig faalpunt|%1 knopen zijn enkelvoudige faalpunten} in deze weergave.",
            de: "{1:1 Knoten ist ein einzelner Ausfallpunkt|%1 Knoten sind einzelne Ausfallpunkte} in dieser Ansicht."),
        .sentenceWorstSpof: Entry("Losing %1 would cut off %2 node{2:|s}.",
            fr: "La perte de %1 isolerait %2 nœud{2:|s}.",
            nl: "Het verlies van %1 zou %2 knopen afsnijden.",
            de: "Der Verlust von %1 würde %2 Knoten abschneiden."),
        .sentenceWorstSpofLevels: Entry("Losing %1 would cut off %2 node{2:|s} at the levels %3.",
            fr: "La perte de %1 isolerait %2 nœud{2:|s} aux niveaux %3.",
            nl: "Het verlies van %1 zou %2 knopen afsnijden op de niveaus %3.",
            de: "Der Verlust von %1 würde %2 Knoten auf den Ebenen %3 abschneiden."),
        .sentenceOnlyPath: Entry("Every path from %1 to %3 node{3:|s} passes through %2 in this view.",
            fr: "Dans cette vue, tout chemin de %1 vers %3 nœud{3:|s} passe par %2.",
            nl: "In deze weergave loopt elk pad van %1 naar %3 knopen via %2.",
            de: "In dieser Ansicht führt jeder Weg von %1 zu %3 Knoten über %2."),
        .sentenceCoverageGaps: Entry("Of the %3 objective × level cells, %2 are empty and %1 have a single contributor.",
            fr: "Sur les %3 cellules objectif × niveau, %2 sont vides et %1 n’ont qu’un seul contributeur.",
            nl: "Van de %3 cellen doelstelling × niveau zijn er %2 leeg en hebben er %1 één bijdrager.",
            de: "Von den %3 Zellen Ziel × Ebene sind %2 leer und %1 haben einen einzigen Beitragenden."),
        .sentenceRedundancyOne: Entry("%1 of %2 objectives rest on a single contributing actor.",
            fr: "%1 des %2 objectifs reposent sur un seul acteur contributeur.",
            nl: "%1 van de %2 doelstellingen rusten op één bijdragende actor.",
            de: "%1 von %2 Zielen beruhen auf einem einzigen beitragenden Akteur."),
        .sentenceUnreached: Entry("From %1, the levels %2 are not reached within %3 edges.",
            fr: "Depuis %1, les niveaux %2 ne sont pas atteints en %3 liens.",
            nl: "Vanuit %1 worden de niveaus %2 niet binnen %3 verbindingen bereikt.",
            de: "Von %1 aus werden die Ebenen %2 nicht innerhalb von %3 Verbindungen erreicht."),
        .sentenceScenarioChanges: Entry("Removing %1 changes %2; %3 covered cell{3: is|s are} lost and %4 new single point{4:|s} of failure appear{4:s|}.",
            fr: "Retirer %1 modifie %2 ; %3 cellule(s) couverte(s) perdue(s) et %4 nouveau(x) point(s) de défaillance unique(s).",
            nl: "%1 verwijderen verandert %2; %3 gedekte cel(len) verloren en %4 nieuw(e) enkelvoudig(e) faalpunt(en).",
            de: "Das Entfernen von %1 verändert %2; %3 abgedeckte Zelle(n) verloren und %4 neue(r) einzelne(r) Ausfallpunkt(e)."),
        .sentenceScenarioUnchanged: Entry("Removing %1 changes no summary measure; %3 covered cell{3: is|s are} lost and %4 new single point{4:|s} of failure appear{4:s|}.",
            fr: "Retirer %1 ne modifie aucune mesure ; %3 cellule(s) couverte(s) perdue(s) et %4 nouveau(x) point(s) de défaillance unique(s).",
            nl: "%1 verwijderen verandert geen maatstaf; %3 gedekte cel(len) verloren en %4 nieuw(e) enkelvoudig(e) faalpunt(en).",
            de: "Das Entfernen von %1 verändert kein Maß; %3 abgedeckte Zelle(n) verloren und %4 neue(r) einzelne(r) Ausfallpunkt(e)."),
        .sentenceDiff: Entry("From %1 to %2: %3 nodes added, %4 removed; %5 edges added, %6 removed.",
            fr: "Entre %1 et %2 : %3 nœuds ajoutés, %4 retirés ; %5 liens ajoutés, %6 retirés.",
            nl: "Van %1 naar %2: %3 knopen toegevoegd, %4 verwijderd; %5 verbindingen toegevoegd, %6 verwijderd.",
            de: "Vergleich %1 → %2: %3 Knoten hinzugefügt, %4 entfernt; %5 Verbindungen hinzugefügt, %6 entfernt."),
        .sentenceSummary: Entry("This briefing describes “%1”: %2 nodes and %3 edges over %4 levels, drawn from %5 source{5:|s}.",
            fr: "Cette note décrit « %1 » : %2 nœuds et %3 liens sur %4 niveaux, tirés de %5 source{5:|s}.",
            nl: "Deze briefing beschrijft „%1”: %2 knopen en %3 verbindingen over %4 niveaus, uit %5 bron{5:|nen}.",
            de: "Dieses Briefing beschreibt „%1“: %2 Knoten und %3 Verbindungen auf %4 Ebenen, aus %5 Quelle{5:|n}."),
        .legend: Entry("Legend",
            fr: "Légende",
            nl: "Legende",
            de: "Legende"),
        .legendRelations: Entry("Relations",
            fr: "Relations",
            nl: "Relaties",
            de: "Beziehungen"),
        .legendSituationAt: Entry("Situation at",
            fr: "Situation au",
            nl: "Toestand op",
            de: "Stand am"),
        .legendAllDates: Entry("All periods",
            fr: "Toutes périodes",
            nl: "Alle perioden",
            de: "Alle Zeiträume"),
        .legendAdded: Entry("added",
            fr: "ajouté",
            nl: "toegevoegd",
            de: "hinzugefügt"),
        .legendRemoved: Entry("removed",
            fr: "retiré",
            nl: "verwijderd",
            de: "entfernt"),
        .legendAddedStyle: Entry("double border, thick line",
            fr: "double bordure, trait épais",
            nl: "dubbele rand, dikke lijn",
            de: "doppelter Rand, dicke Linie"),
        .legendRemovedStyle: Entry("dashed, grey",
            fr: "tirets, gris",
            nl: "gestreept, grijs",
            de: "gestrichelt, grau"),
        .legendComparedWith: Entry("Compared with",
            fr: "Comparaison avec",
            nl: "Vergeleken met",
            de: "Verglichen mit"),
        .legendNodeSize: Entry("Node size",
            fr: "Taille des nœuds",
            nl: "Grootte van de knopen",
            de: "Knotengröße"),
        .legendColour: Entry("Colour",
            fr: "Couleur",
            nl: "Kleur",
            de: "Farbe"),
        .legendPath: Entry("Path",
            fr: "Chemin",
            nl: "Pad",
            de: "Pfad"),
        .legendLevelWord: Entry("level",
            fr: "niveau",
            nl: "niveau",
            de: "Ebene"),
        .legendKindWord: Entry("node kind",
            fr: "type de nœud",
            nl: "soort knoop",
            de: "Knotenart"),
        .legendOtherGroup: Entry("(no value)",
            fr: "(sans valeur)",
            nl: "(geen waarde)",
            de: "(kein Wert)"),
        .legendRepeatedColours: Entry("colours repeat after 8 groups",
            fr: "couleurs répétées au-delà de 8 groupes",
            nl: "kleuren herhaald na 8 groepen",
            de: "Farben wiederholt nach 8 Gruppen"),
        .legendClusterNote: Entry("boxes: levels of government",
            fr: "cadres : niveaux de pouvoir",
            nl: "kaders: bestuursniveaus",
            de: "Rahmen: Regierungsebenen"),
        .legendSource: Entry("source",
            fr: "source",
            nl: "bron",
            de: "Quelle"),
        .legendAssumption: Entry("assumption",
            fr: "hypothèse",
            nl: "aanname",
            de: "Annahme"),
        .diagramCounts: Entry("%1 nodes (%2); %3 edges (%4)",
            fr: "%1 nœuds (%2) ; %3 liens (%4)",
            nl: "%1 knopen (%2); %3 verbindingen (%4)",
            de: "%1 Knoten (%2); %3 Verbindungen (%4)"),
        .diagramDiffCounts: Entry("+%1/−%2 nodes, +%3/−%4 edges",
            fr: "+%1/−%2 nœuds, +%3/−%4 liens",
            nl: "+%1/−%2 knopen, +%3/−%4 verbindingen",
            de: "+%1/−%2 Knoten, +%3/−%4 Verbindungen"),
        .kindAgency: Entry("agency",
            fr: "agence",
            nl: "agentschap",
            de: "Behörde"),
        .kindLevel: Entry("level",
            fr: "niveau",
            nl: "niveau",
            de: "Ebene"),
        .kindBody: Entry("body",
            fr: "organisme",
            nl: "orgaan",
            de: "Organisation"),
        .kindGroup: Entry("group",
            fr: "groupe",
            nl: "groep",
            de: "Gruppe"),
        .kindObjective: Entry("objective",
            fr: "objectif",
            nl: "doelstelling",
            de: "Ziel"),
        .kindInstrument: Entry("instrument",
            fr: "instrument",
            nl: "instrument",
            de: "Instrument"),
        .typeCoordinates: Entry("coordinates",
            fr: "coordonne",
            nl: "coördineert",
            de: "koordiniert"),
        .typeMemberOf: Entry("member of",
            fr: "membre de",
            nl: "lid van",
            de: "Mitglied von"),
        .typePartOf: Entry("part of",
            fr: "fait partie de",
            nl: "maakt deel uit van",
            de: "Teil von"),
        .typeOperatesAt: Entry("operates at",
            fr: "agit au niveau",
            nl: "werkt op niveau",
            de: "wirkt auf Ebene"),
        .typeReportsTo: Entry("reports to",
            fr: "rend compte à",
            nl: "rapporteert aan",
            de: "berichtet an"),
        .typeInforms: Entry("informs",
            fr: "informe",
            nl: "informeert",
            de: "informiert"),
        .typeContributesTo: Entry("contributes to",
            fr: "contribue à",
            nl: "draagt bij tot",
            de: "trägt bei zu"),
        .typeImplements: Entry("implements",
            fr: "met en œuvre",
            nl: "voert uit",
            de: "setzt um"),
        .typeAdopts: Entry("adopts",
            fr: "adopte",
            nl: "neemt aan",
            de: "beschließt"),
        .typeSupersedes: Entry("supersedes",
            fr: "remplace",
            nl: "vervangt",
            de: "ersetzt"),
        .typeFunds: Entry("funds",
            fr: "finance",
            nl: "financiert",
            de: "finanziert"),
        .typeEvaluates: Entry("evaluates",
            fr: "évalue",
            nl: "evalueert",
            de: "bewertet"),
        .typeCooperatesWith: Entry("cooperates with",
            fr: "coopère avec",
            nl: "werkt samen met",
            de: "kooperiert mit"),
        .captionSpof: Entry("Single points of failure: %1 articulation point{1:|s}, %2 bridge{2:|s} (connections read undirected)",
            fr: "Points uniques de défaillance : %1 point{1:|s} d’articulation, %2 pont{2:|s} (liens lus sans direction)",
            nl: "Kwetsbare schakels: %1 scharnierpunt{1:|en}, %2 brug{2:|gen} (verbindingen zonder richting gelezen)",
            de: "Einzelne Ausfallpunkte: %1 Artikulationspunkt{1:|e}, %2 Brücke{2:|n} (Verbindungen ungerichtet gelesen)"),
        .captionPath: Entry("shortest path %1 → %2 (%3 hop{3:|s})",
            fr: "plus court chemin %1 → %2 (%3 étape{3:|s})",
            nl: "kortste pad %1 → %2 (%3 stap{3:|pen})",
            de: "kürzester Weg %1 → %2 (%3 Schritt{3:|e})"),
        .captionUndirected: Entry("undirected",
            fr: "sans direction",
            nl: "zonder richting",
            de: "ungerichtet"),
        .captionCommunityTitle: Entry("Louvain community (seed %1, modularity %2)",
            fr: "communauté Louvain (graine %1, modularité %2)",
            nl: "Louvain-gemeenschap (seed %1, modulariteit %2)",
            de: "Louvain-Gemeinschaft (Seed %1, Modularität %2)"),
        .captionCommunity: Entry("community %1 (%2)",
            fr: "communauté %1 (%2)",
            nl: "gemeenschap %1 (%2)",
            de: "Gemeinschaft %1 (%2)"),
        .captionCoverageTitle: Entry("objectives an actor contributes to (%1 in the view)",
            fr: "objectifs auxquels un acteur contribue (%1 dans la vue)",
            nl: "doelstellingen waaraan een actor bijdraagt (%1 in de weergave)",
            de: "Ziele, zu denen ein Akteur beiträgt (%1 in der Ansicht)"),
        .captionCoverageBucket: Entry("%1 objective{1:|s}",
            fr: "%1 objectif{1:|s}",
            nl: "%1 doelstelling{1:|en}",
            de: "%1 Ziel{1:|e}"),
        .heatmapTitle: Entry("Coverage of objectives by level: %1",
            fr: "Couverture des objectifs par niveau : %1",
            nl: "Dekking van de doelstellingen per niveau: %1",
            de: "Abdeckung der Ziele nach Ebene: %1"),
        .heatmapSubtitleAt: Entry("distinct contributing actors per cell (directly or through an instrument), at %1",
            fr: "acteurs distincts qui contribuent (directement ou par un instrument), au %1",
            nl: "verschillende bijdragende actoren (rechtstreeks of via een instrument), op %1",
            de: "verschiedene beitragende Akteure (direkt oder über ein Instrument), am %1"),
        .heatmapSubtitleAll: Entry("distinct contributing actors per cell (directly or through an instrument), all periods",
            fr: "acteurs distincts qui contribuent (directement ou par un instrument), toutes périodes",
            nl: "verschillende bijdragende actoren (rechtstreeks of via een instrument), alle periodes",
            de: "verschiedene beitragende Akteure (direkt oder über ein Instrument), alle Zeiträume"),
        .captionHighlighted: Entry("highlighted: %1",
            fr: "mis en évidence : %1",
            nl: "gemarkeerd: %1",
            de: "hervorgehoben: %1"),
        .heatmapCorner: Entry("objective",
            fr: "objectif",
            nl: "doelstelling",
            de: "Ziel"),
        .heatmapTotal: Entry("all levels",
            fr: "tous niveaux",
            nl: "alle niveaus",
            de: "alle Ebenen"),
        .heatmapKey: Entry("actors:",
            fr: "acteurs :",
            nl: "actoren:",
            de: "Akteure:"),
        .tableYes: Entry("yes",
            fr: "oui",
            nl: "ja",
            de: "ja"),
        .tableNo: Entry("no",
            fr: "non",
            nl: "nee",
            de: "nein"),
        .tableNodes: Entry("nodes",
            fr: "nœuds",
            nl: "knopen",
            de: "Knoten"),
        .tableEdges: Entry("edges",
            fr: "liens",
            nl: "verbindingen",
            de: "Verbindungen"),
        .tableGraphEdges: Entry("graph edges",
            fr: "liens du graphe",
            nl: "verbindingen van de graaf",
            de: "Kanten des Graphen"),
        .tableDirected: Entry("directed",
            fr: "orienté",
            nl: "gericht",
            de: "gerichtet"),
        .tableUndirected: Entry("undirected",
            fr: "non orienté",
            nl: "ongericht",
            de: "ungerichtet"),
        .tableDensity: Entry("density",
            fr: "densité",
            nl: "dichtheid",
            de: "Dichte"),
        .tableComponents: Entry("components",
            fr: "composantes",
            nl: "componenten",
            de: "Komponenten"),
        .tableStrongComponents: Entry("strongly connected components",
            fr: "composantes fortement connexes",
            nl: "sterk samenhangende componenten",
            de: "stark zusammenhängende Komponenten"),
        .tableLargestComponent: Entry("largest component",
            fr: "plus grande composante",
            nl: "grootste component",
            de: "größte Komponente"),
        .tableDiameterHops: Entry("diameter (largest component, undirected hops)",
            fr: "diamètre (plus grande composante, étapes sans direction)",
            nl: "diameter (grootste component, stappen zonder richting)",
            de: "Durchmesser (größte Komponente, ungerichtete Schritte)"),
        .tableDiameter: Entry("diameter",
            fr: "diamètre",
            nl: "diameter",
            de: "Durchmesser"),
        .tableReciprocity: Entry("reciprocity",
            fr: "réciprocité",
            nl: "wederkerigheid",
            de: "Reziprozität"),
        .tableSummary: Entry("Summary",
            fr: "Résumé",
            nl: "Overzicht",
            de: "Übersicht"),
        .tableNodesByKind: Entry("Nodes by kind",
            fr: "Nœuds par type",
            nl: "Knopen per soort",
            de: "Knoten nach Art"),
        .tableNodesByLevel: Entry("Nodes by home level",
            fr: "Nœuds par niveau de rattachement",
            nl: "Knopen per thuisniveau",
            de: "Knoten nach Stammebene"),
        .tableEdgesByType: Entry("Edges by type",
            fr: "Liens par type",
            nl: "Verbindingen per type",
            de: "Verbindungen nach Typ"),
        .tableMeasure: Entry("measure",
            fr: "mesure",
            nl: "maatstaf",
            de: "Maß"),
        .tableValue: Entry("value",
            fr: "valeur",
            nl: "waarde",
            de: "Wert"),
        .tableKind: Entry("kind",
            fr: "type",
            nl: "soort",
            de: "Art"),
        .tableLevel: Entry("level",
            fr: "niveau",
            nl: "niveau",
            de: "Ebene"),
        .tableEdgeType: Entry("type",
            fr: "type de lien",
            nl: "verbindingstype",
            de: "Typ"),
        .tableCount: Entry("count",
            fr: "nombre",
            nl: "aantal",
            de: "Anzahl"),
        .tableNoPath: Entry("No path from %1 to %2",
            fr: "Aucun chemin de %1 à %2",
            nl: "Geen pad van %1 naar %2",
            de: "Kein Weg von %1 nach %2"),
        .tableEnd: Entry("end",
            fr: "extrémité",
            nl: "uiteinde",
            de: "Ende"),
        .tableId: Entry("id",
            fr: "identifiant",
            nl: "id",
            de: "ID"),
        .tableComponent: Entry("component",
            fr: "composante",
            nl: "component",
            de: "Komponente"),
        .tableComponentSize: Entry("component size",
            fr: "taille de la composante",
            nl: "grootte van de component",
            de: "Komponentengröße"),
        .tableFrom: Entry("from",
            fr: "de",
            nl: "van",
            de: "von"),
        .tableTo: Entry("to",
            fr: "à",
            nl: "naar",
            de: "nach"),
        .tableReasonComponents: Entry("%1 and %2 are in different components (%3, %4 nodes; %5, %6 nodes) of this view",
            fr: "%1 et %2 sont dans des composantes différentes (%3, %4 nœuds ; %5, %6 nœuds) de cette vue",
            nl: "%1 en %2 liggen in verschillende componenten (%3, %4 knopen; %5, %6 knopen) van deze weergave",
            de: "%1 und %2 liegen in verschiedenen Komponenten (%3, %4 Knoten; %5, %6 Knoten) dieser Ansicht"),
        .tableReasonSameNode: Entry("%1 and %2 are the same node",
            fr: "%1 et %2 sont le même nœud",
            nl: "%1 en %2 zijn dezelfde knoop",
            de: "%1 und %2 sind derselbe Knoten"),
        .tableReasonDirection: Entry("%1 and %2 are in the same component, but no path follows the edges' direction from %1 to %2",
            fr: "%1 et %2 sont dans la même composante, mais aucun chemin ne suit le sens des liens de %1 à %2",
            nl: "%1 en %2 liggen in dezelfde component, maar geen pad volgt de richting van de verbindingen van %1 naar %2",
            de: "%1 und %2 liegen in derselben Komponente, aber kein Weg folgt der Richtung der Verbindungen von %1 nach %2"),
        .tableTryOption: Entry("try %1",
            fr: "essayez %1",
            nl: "probeer %1",
            de: "versuchen Sie %1"),
        .tablePaths: Entry("Paths from %1 to %2 (%3, %4)",
            fr: "Chemins de %1 à %2 (%3, %4)",
            nl: "Paden van %1 naar %2 (%3, %4)",
            de: "Wege von %1 nach %2 (%3, %4)"),
        .tableModeShortest: Entry("shortest",
            fr: "le plus court",
            nl: "kortste",
            de: "kürzester"),
        .tableModeAllShortest: Entry("all-shortest",
            fr: "tous les plus courts",
            nl: "alle kortste",
            de: "alle kürzesten"),
        .tableModeKShortest: Entry("k-shortest",
            fr: "k plus courts",
            nl: "k kortste",
            de: "k kürzeste"),
        .tableLength: Entry("length",
            fr: "longueur",
            nl: "lengte",
            de: "Länge"),
        .tablePath: Entry("path",
            fr: "chemin",
            nl: "pad",
            de: "Weg"),
        .tableLevelsCrossed: Entry("levels crossed",
            fr: "niveaux traversés",
            nl: "doorkruiste niveaus",
            de: "durchlaufene Ebenen"),
        .tableCutOff: Entry("cut off",
            fr: "coupés",
            nl: "afgesneden",
            de: "abgeschnitten"),
        .tableLevels: Entry("levels",
            fr: "niveaux",
            nl: "niveaus",
            de: "Ebenen"),
        .tableObjectivesLosingHub: Entry("objectives losing the hub",
            fr: "objectifs coupés du pôle",
            nl: "doelstellingen los van het knooppunt",
            de: "Ziele ohne Verbindung zum Knoten"),
        .tableNode: Entry("node",
            fr: "nœud",
            nl: "knoop",
            de: "Knoten"),
        .tableTypes: Entry("types",
            fr: "types de lien",
            nl: "verbindingstypen",
            de: "Verbindungstypen"),
        .tableEdge: Entry("edge",
            fr: "lien",
            nl: "verbinding",
            de: "Verbindung"),
        .tableArticulationPoints: Entry("Articulation points (nodes whose loss disconnects)",
            fr: "Points d’articulation (nœuds dont la perte déconnecte)",
            nl: "Scharnierpunten (knopen waarvan het verlies het netwerk opsplitst)",
            de: "Artikulationspunkte (Knoten, deren Ausfall das Netz trennt)"),
        .tableBridges: Entry("Bridges (edges whose loss disconnects)",
            fr: "Ponts (liens dont la perte déconnecte)",
            nl: "Bruggen (verbindingen waarvan het verlies het netwerk opsplitst)",
            de: "Brücken (Verbindungen, deren Ausfall das Netz trennt)"),
        .tableCutOffHub: Entry("cut off = no longer connected to %1",
            fr: "coupés = plus reliés à %1",
            nl: "afgesneden = niet meer verbonden met %1",
            de: "abgeschnitten = nicht mehr mit %1 verbunden"),
        .tableCutOffLargest: Entry("cut off = no longer connected to the largest remaining part",
            fr: "coupés = plus reliés à la plus grande partie restante",
            nl: "afgesneden = niet meer verbonden met het grootste resterende deel",
            de: "abgeschnitten = nicht mehr mit dem größten verbleibenden Teil verbunden"),
        .tableDominators: Entry("Dominators from %1 (every path from the hub passes them)",
            fr: "Dominateurs depuis %1 (tout chemin depuis le pôle passe par eux)",
            nl: "Dominatoren vanaf %1 (elk pad vanaf het knooppunt loopt erdoor)",
            de: "Dominatoren ab %1 (jeder Weg vom Knoten aus führt durch sie)"),
        .tableDominates: Entry("dominates",
            fr: "domine",
            nl: "domineert",
            de: "dominiert"),
        .tableMinimumCut: Entry("Minimum node cut",
            fr: "Coupe minimale en nœuds",
            nl: "Minimale knoopsnede",
            de: "Minimaler Knotenschnitt"),
        .tableSize: Entry("size",
            fr: "taille",
            nl: "grootte",
            de: "Größe"),
        .tableCut: Entry("cut",
            fr: "coupe",
            nl: "snede",
            de: "Schnitt"),
        .tableKeyPlayers: Entry("Key players (KPP-Neg, fragmentation)",
            fr: "Acteurs clés (KPP-Neg, fragmentation)",
            nl: "Sleutelspelers (KPP-Neg, fragmentatie)",
            de: "Schlüsselakteure (KPP-Neg, Fragmentierung)"),
        .tableFragmentation: Entry("fragmentation",
            fr: "fragmentation",
            nl: "fragmentatie",
            de: "Fragmentierung"),
        .tableRobustness: Entry("Robustness (Schneider R; higher is more robust)",
            fr: "Robustesse (Schneider R ; plus élevé = plus robuste)",
            nl: "Robuustheid (Schneider R; hoger is robuuster)",
            de: "Robustheit (Schneider R; höher ist robuster)"),
        .tableRemoval: Entry("removal",
            fr: "retrait",
            nl: "verwijdering",
            de: "Entfernung"),
        .tableTargetedDegree: Entry("targeted, degree (adaptive)",
            fr: "ciblé, degré (adaptatif)",
            nl: "gericht, graad (adaptief)",
            de: "gezielt, Grad (adaptiv)"),
        .tableTargetedBetweenness: Entry("targeted, betweenness (adaptive)",
            fr: "ciblé, intermédiarité (adaptatif)",
            nl: "gericht, tussenliggendheid (adaptief)",
            de: "gezielt, Zwischenzentralität (adaptiv)"),
        .tableTargetedBetweennessEvery: Entry("targeted, betweenness (recomputed every %1 removals)",
            fr: "ciblé, intermédiarité (recalculée tous les %1 retraits)",
            nl: "gericht, tussenliggendheid (herberekend om de %1 verwijderingen)",
            de: "gezielt, Zwischenzentralität (alle %1 Entfernungen neu berechnet)"),
        .tableRandomMean: Entry("random (mean of %1)",
            fr: "aléatoire (moyenne de %1)",
            nl: "willekeurig (gemiddelde van %1)",
            de: "zufällig (Mittel aus %1)"),
        .tableDegreeAttack: Entry("degree attack removes first: %1",
            fr: "l’attaque par degré retire d’abord : %1",
            nl: "de aanval op graad verwijdert eerst: %1",
            de: "der Angriff nach Grad entfernt zuerst: %1"),
        .tableCoverageMatrix: Entry("Contributing actors per objective and level",
            fr: "Acteurs contributeurs par objectif et niveau",
            nl: "Bijdragende actoren per doelstelling en niveau",
            de: "Beitragende Akteure nach Ziel und Ebene"),
        .tableObjective: Entry("objective",
            fr: "objectif",
            nl: "doelstelling",
            de: "Ziel"),
        .tableTotal: Entry("total",
            fr: "total",
            nl: "totaal",
            de: "gesamt"),
        .tableThinCells: Entry("Cells with fewer than %1 contributing actor{1:|s}",
            fr: "Cellules avec moins de %1 acteur{1:|s} contributeur{1:|s}",
            nl: "Cellen met minder dan %1 bijdragende actor{1:|en}",
            de: "Zellen mit weniger als %1 beitragende{1:m|n} Akteur{1:|en}"),
        .tableRedundancyOne: Entry("Objectives with at most one contributing actor",
            fr: "Objectifs avec au plus un acteur contributeur",
            nl: "Doelstellingen met hoogstens één bijdragende actor",
            de: "Ziele mit höchstens einem beitragenden Akteur"),
        .tableContributors: Entry("contributors",
            fr: "contributeurs",
            nl: "bijdragers",
            de: "Beitragende"),
        .tableUnreachedLevels: Entry("Levels not reached from %1 within %2 hops",
            fr: "Niveaux non atteints depuis %1 en %2 étapes",
            nl: "Niveaus die vanaf %1 niet binnen %2 stappen bereikt worden",
            de: "Ebenen, die von %1 aus nicht in %2 Schritten erreicht werden"),
        .tableHops: Entry("hops",
            fr: "étapes",
            nl: "stappen",
            de: "Schritte"),
        .tableUnreachable: Entry("unreachable",
            fr: "inaccessible",
            nl: "onbereikbaar",
            de: "unerreichbar"),
        .tableSinglePointDependencies: Entry("Objectives cut off from %1 by the loss of one node",
            fr: "Objectifs coupés de %1 par la perte d’un seul nœud",
            nl: "Doelstellingen die door het verlies van één knoop van %1 worden afgesneden",
            de: "Ziele, die durch den Ausfall eines Knotens von %1 abgeschnitten werden"),
        .tableDependsOn: Entry("depends on",
            fr: "dépend de",
            nl: "hangt af van",
            de: "hängt ab von"),
        .tableAgenciesWithoutObjective: Entry("Agencies contributing to no objective",
            fr: "Agences qui ne contribuent à aucun objectif",
            nl: "Agentschappen die aan geen doelstelling bijdragen",
            de: "Behörden, die zu keinem Ziel beitragen"),
        .tableAgency: Entry("agency",
            fr: "agence",
            nl: "agentschap",
            de: "Behörde"),
        .tableCells: Entry("Cells",
            fr: "Cellules",
            nl: "Cellen",
            de: "Zellen"),
        .tableActors: Entry("actors",
            fr: "acteurs",
            nl: "actoren",
            de: "Akteure"),
        .tableVia: Entry("via",
            fr: "par",
            nl: "langs",
            de: "über"),
        .tableRuleViolations: Entry("Rule violations",
            fr: "Infractions aux règles",
            nl: "Regelovertredingen",
            de: "Regelverstöße"),
        .tableRule: Entry("rule",
            fr: "règle",
            nl: "regel",
            de: "Regel"),
        .tableProblem: Entry("problem",
            fr: "problème",
            nl: "probleem",
            de: "Verstoß"),
        .tableCentrality: Entry("Centrality (ranked by %1, ties by id)",
            fr: "Centralité (classement par %1, ex aequo par identifiant)",
            nl: "Centraliteit (gerangschikt op %1, gelijke waarden op id)",
            de: "Zentralität (nach %1 geordnet, Gleichstände nach ID)"),
        .tableRank: Entry("rank",
            fr: "rang",
            nl: "rang",
            de: "Rang"),
        .tableDegree: Entry("degree",
            fr: "degré",
            nl: "graad",
            de: "Grad"),
        .tableInDegree: Entry("in-degree",
            fr: "degré entrant",
            nl: "ingraad",
            de: "Eingangsgrad"),
        .tableOutDegree: Entry("out-degree",
            fr: "degré sortant",
            nl: "uitgraad",
            de: "Ausgangsgrad"),
        .tableBetweenness: Entry("betweenness",
            fr: "intermédiarité",
            nl: "tussenliggendheid",
            de: "Zwischenzentralität"),
        .tableCloseness: Entry("closeness",
            fr: "proximité",
            nl: "nabijheid",
            de: "Nähezentralität"),
        .tableHarmonic: Entry("harmonic",
            fr: "harmonique",
            nl: "harmonisch",
            de: "harmonisch"),
        .tableEigenvector: Entry("eigenvector",
            fr: "vecteur propre",
            nl: "eigenvector",
            de: "Eigenvektor"),
        .tablePageRank: Entry("pagerank",
            fr: "PageRank",
            nl: "PageRank",
            de: "PageRank"),
        .tableKatz: Entry("katz",
            fr: "Katz",
            nl: "Katz",
            de: "Katz"),
        .tableGroupCentrality: Entry("Group centrality of %1",
            fr: "Centralité de groupe de %1",
            nl: "Groepscentraliteit van %1",
            de: "Gruppenzentralität von %1"),
        .tableGroupBetweenness: Entry("group betweenness",
            fr: "intermédiarité de groupe",
            nl: "groepstussenliggendheid",
            de: "Gruppen-Zwischenzentralität"),
        .tableGroupCloseness: Entry("group closeness",
            fr: "proximité de groupe",
            nl: "groepsnabijheid",
            de: "Gruppen-Nähezentralität"),
        .tableBrokerage: Entry("Brokerage between %1 groups (Gould–Fernandez) and structural holes (Burt)",
            fr: "Intermédiation entre groupes par %1 (Gould–Fernandez) et trous structuraux (Burt)",
            nl: "Makelaarschap tussen groepen per %1 (Gould–Fernandez) en structurele gaten (Burt)",
            de: "Vermittlung zwischen Gruppen nach %1 (Gould–Fernandez) und strukturelle Löcher (Burt)"),
        .tableGroup: Entry("group",
            fr: "groupe",
            nl: "groep",
            de: "Gruppe"),
        .tableCoordinator: Entry("coordinator",
            fr: "coordinateur",
            nl: "coördinator",
            de: "Koordinator"),
        .tableItinerant: Entry("itinerant",
            fr: "itinérant",
            nl: "consultant",
            de: "Berater"),
        .tableRepresentative: Entry("representative",
            fr: "représentant",
            nl: "vertegenwoordiger",
            de: "Repräsentant"),
        .tableGatekeeper: Entry("gatekeeper",
            fr: "gardien",
            nl: "poortwachter",
            de: "Pförtner"),
        .tableLiaison: Entry("liaison",
            fr: "agent de liaison",
            nl: "verbindingspersoon",
            de: "Verbindungsperson"),
        .tableConstraint: Entry("constraint",
            fr: "contrainte",
            nl: "beperking",
            de: "Beschränkung"),
        .tableEffectiveSize: Entry("eff. size",
            fr: "taille eff.",
            nl: "eff. omvang",
            de: "eff. Größe"),
        .tableCommunities: Entry("Communities (%1, modularity %2; levels as communities: %3)",
            fr: "Communautés (%1, modularité %2 ; niveaux comme communautés : %3)",
            nl: "Gemeenschappen (%1, modulariteit %2; niveaus als gemeenschappen: %3)",
            de: "Gemeinschaften (%1, Modularität %2; Ebenen als Gemeinschaften: %3)"),
        .tableMembers: Entry("members",
            fr: "membres",
            nl: "leden",
            de: "Mitglieder"),
        .tableCrossLevels: Entry("%1 of %2 communities cross levels",
            fr: "%1 communautés sur %2 traversent des niveaux",
            nl: "%1 van de %2 gemeenschappen overschrijden niveaus",
            de: "%1 von %2 Gemeinschaften überschreiten Ebenen"),
        .tableWhatIf: Entry("What if: remove %1; add %2",
            fr: "Et si : retirer %1 ; ajouter %2",
            nl: "Wat als: %1 verwijderen; %2 toevoegen",
            de: "Was wäre, wenn: %1 entfernen; %2 hinzufügen"),
        .tableBefore: Entry("before",
            fr: "avant",
            nl: "voor",
            de: "vorher"),
        .tableAfter: Entry("after",
            fr: "après",
            nl: "na",
            de: "nachher"),
        .tableWhatChanges: Entry("What changes",
            fr: "Ce qui change",
            nl: "Wat verandert",
            de: "Was sich ändert"),
        .tableChange: Entry("change",
            fr: "changement",
            nl: "wijziging",
            de: "Änderung"),
        .tableItems: Entry("items",
            fr: "éléments",
            nl: "elementen",
            de: "Elemente"),
        .tableNewArticulationPoints: Entry("new articulation points",
            fr: "nouveaux points d’articulation",
            nl: "nieuwe scharnierpunten",
            de: "neue Artikulationspunkte"),
        .tableGoneArticulationPoints: Entry("articulation points gone",
            fr: "points d’articulation disparus",
            nl: "verdwenen scharnierpunten",
            de: "weggefallene Artikulationspunkte"),
        .tableCellsLost: Entry("coverage cells lost",
            fr: "cellules de couverture perdues",
            nl: "verloren dekkingscellen",
            de: "verlorene Abdeckungszellen"),
        .tableCellsGained: Entry("coverage cells gained",
            fr: "cellules de couverture gagnées",
            nl: "gewonnen dekkingscellen",
            de: "gewonnene Abdeckungszellen"),
        .tableNewRedundancyOne: Entry("objectives now with one contributor or none",
            fr: "objectifs désormais avec un seul contributeur ou aucun",
            nl: "doelstellingen nu met één bijdrager of geen",
            de: "Ziele jetzt mit einem oder keinem Beitragenden"),
        .tableTopBrokersBefore: Entry("top brokers before",
            fr: "principaux intermédiaires avant",
            nl: "belangrijkste makelaars voor",
            de: "wichtigste Vermittler vorher"),
        .tableTopBrokersAfter: Entry("top brokers after",
            fr: "principaux intermédiaires après",
            nl: "belangrijkste makelaars na",
            de: "wichtigste Vermittler nachher"),
        .tableArticulationPointCount: Entry("articulation points",
            fr: "points d’articulation",
            nl: "scharnierpunten",
            de: "Artikulationspunkte"),
        .tableBridgeCount: Entry("bridges",
            fr: "ponts",
            nl: "bruggen",
            de: "Brücken"),
        .tableRobustnessTargeted: Entry("R, targeted (degree)",
            fr: "R, ciblé (degré)",
            nl: "R, gericht (graad)",
            de: "R, gezielt (Grad)"),
        .tableRobustnessRandom: Entry("R, random",
            fr: "R, aléatoire",
            nl: "R, willekeurig",
            de: "R, zufällig"),
        .tableEmptyCells: Entry("empty coverage cells",
            fr: "cellules de couverture vides",
            nl: "lege dekkingscellen",
            de: "leere Abdeckungszellen"),
        .tableOneContributor: Entry("objectives with one contributor or none",
            fr: "objectifs avec un seul contributeur ou aucun",
            nl: "doelstellingen met één bijdrager of geen",
            de: "Ziele mit einem oder keinem Beitragenden"),
        .tableAgenciesNoObjective: Entry("agencies without objective",
            fr: "agences sans objectif",
            nl: "agentschappen zonder doelstelling",
            de: "Behörden ohne Ziel"),
        .tableLevelsNotReached: Entry("levels not reached from the hub",
            fr: "niveaux non atteints depuis le pôle",
            nl: "niveaus niet bereikt vanaf het knooppunt",
            de: "vom Knoten aus nicht erreichte Ebenen"),
        .tableDifferences: Entry("Differences from %1 to %2",
            fr: "Différences de %1 à %2",
            nl: "Verschillen van %1 naar %2",
            de: "Unterschiede von %1 zu %2"),
        .tableWhat: Entry("what",
            fr: "élément",
            nl: "element",
            de: "Element"),
        .tableFields: Entry("fields",
            fr: "champs",
            nl: "velden",
            de: "Felder"),
        .tableNodeAdded: Entry("node added",
            fr: "nœud ajouté",
            nl: "knoop toegevoegd",
            de: "Knoten hinzugefügt"),
        .tableNodeRemoved: Entry("node removed",
            fr: "nœud retiré",
            nl: "knoop verwijderd",
            de: "Knoten entfernt"),
        .tableNodeChanged: Entry("node changed",
            fr: "nœud modifié",
            nl: "knoop gewijzigd",
            de: "Knoten geändert"),
        .tableEdgeAdded: Entry("edge added",
            fr: "lien ajouté",
            nl: "verbinding toegevoegd",
            de: "Verbindung hinzugefügt"),
        .tableEdgeRemoved: Entry("edge removed",
            fr: "lien retiré",
            nl: "verbinding verwijderd",
            de: "Verbindung entfernt"),
        .tableMeasures: Entry("Measures",
            fr: "Mesures",
            nl: "Maatstaffen",
            de: "Maße"),
        .tableBetweennessMoved: Entry("Betweenness that moved most",
            fr: "Intermédiarité qui a le plus changé",
            nl: "Tussenliggendheid die het meest veranderde",
            de: "Am stärksten veränderte Zwischenzentralität"),
        .tableNone: Entry("(none)",
            fr: "(aucun)",
            nl: "(geen)",
            de: "(keine)"),
        .tableViaLayers: Entry("%1 (via %2)",
            fr: "%1 (par %2)",
            nl: "%1 (via %2)",
            de: "%1 (über %2)"),
        .tableAllLayers: Entry("all layers",
            fr: "toutes les couches",
            nl: "alle lagen",
            de: "alle Schichten"),
        .tableLayerCutOffHub: Entry("cut off = no longer connected to %1 in that layer; (via …) = still connected through these other layers",
            fr: "isolé = plus relié à %1 dans cette couche ; (par …) = encore relié par ces autres couches",
            nl: "afgesneden = niet meer verbonden met %1 in die laag; (via …) = nog verbonden via deze andere lagen",
            de: "abgeschnitten = in dieser Schicht nicht mehr mit %1 verbunden; (über …) = über diese anderen Schichten noch verbunden"),
        .tableLayerCutOffLargest: Entry("cut off = no longer connected to the largest remaining part in that layer; (via …) = still connected through these other layers",
            fr: "isolé = plus relié à la plus grande partie restante dans cette couche ; (par …) = encore relié par ces autres couches",
            nl: "afgesneden = niet meer verbonden met het grootste overblijvende deel in die laag; (via …) = nog verbonden via deze andere lagen",
            de: "abgeschnitten = in dieser Schicht nicht mehr mit dem größten verbleibenden Teil verbunden; (über …) = über diese anderen Schichten noch verbunden"),
        .tableLayerImpact: Entry("Cut off per relation layer (removed: %1)",
            fr: "Isolés par couche de relations (retirés : %1)",
            nl: "Afgesneden per relatielaag (verwijderd: %1)",
            de: "Abgeschnitten je Beziehungsschicht (entfernt: %1)"),
        .tableLayer: Entry("layer",
            fr: "couche",
            nl: "laag",
            de: "Schicht"),
        .tableReachedBefore: Entry("connected before",
            fr: "reliés avant",
            nl: "verbonden vooraf",
            de: "vorher verbunden"),
        .tableCutOffBackup: Entry("cut off (backup layers)",
            fr: "isolés (couches de secours)",
            nl: "afgesneden (reservelagen)",
            de: "abgeschnitten (Ersatzschichten)"),
        .tableNoBackup: Entry("no backup channel",
            fr: "aucun canal de secours",
            nl: "geen reservekanaal",
            de: "kein Ersatzkanal"),
        .tableLayerPoints: Entry("Articulation points per relation layer",
            fr: "Points d’articulation par couche de relations",
            nl: "Scharnierpunten per relatielaag",
            de: "Artikulationspunkte je Beziehungsschicht"),
        .tableArticulationPointsShort: Entry("articulation points",
            fr: "points d’articulation",
            nl: "scharnierpunten",
            de: "Artikulationspunkte"),
        .tableInSeveralLayers: Entry("in two or more layers",
            fr: "dans deux couches ou plus",
            nl: "in twee of meer lagen",
            de: "in zwei oder mehr Schichten"),
        .tableNoBackupLosses: Entry("Losses that leave nodes without a backup channel in another layer",
            fr: "Pertes qui laissent des nœuds sans canal de secours dans une autre couche",
            nl: "Verliezen die knopen zonder reservekanaal in een andere laag achterlaten",
            de: "Ausfälle, die Knoten ohne Ersatzkanal in einer anderen Schicht zurücklassen"),
        .tableArticulationPointIn: Entry("articulation point in",
            fr: "point d’articulation dans",
            nl: "scharnierpunt in",
            de: "Artikulationspunkt in"),
        .tableCutOffNoBackup: Entry("cut off with no backup",
            fr: "isolés sans secours",
            nl: "afgesneden zonder reserve",
            de: "abgeschnitten ohne Ersatz"),
        .tableLayersTitle: Entry("Layers (edges read undirected, self-loops ignored)",
            fr: "Couches (liens lus sans direction, boucles ignorées)",
            nl: "Lagen (verbindingen zonder richting gelezen, lussen genegeerd)",
            de: "Schichten (Verbindungen ungerichtet gelesen, Schleifen ignoriert)"),
        .tableNodePairs: Entry("node pairs",
            fr: "paires de nœuds",
            nl: "knopenparen",
            de: "Knotenpaare"),
        .tableLayersNote: Entry("nodes = nodes with a neighbour in the layer; components among them",
            fr: "nœuds = nœuds ayant un voisin dans la couche ; composantes entre eux",
            nl: "knopen = knopen met een buur in de laag; componenten daartussen",
            de: "Knoten = Knoten mit einem Nachbarn in der Schicht; Komponenten unter ihnen"),
        .tableDegreePerLayer: Entry("Degree per layer, overlapping degree and multiplex participation",
            fr: "Degré par couche, degré cumulé et participation multiplexe",
            nl: "Graad per laag, overlappende graad en multiplexparticipatie",
            de: "Grad je Schicht, überlappender Grad und Multiplex-Beteiligung"),
        .tableOverlappingDegree: Entry("overlapping degree",
            fr: "degré cumulé",
            nl: "overlappende graad",
            de: "überlappender Grad"),
        .tableParticipation: Entry("participation",
            fr: "participation",
            nl: "participatie",
            de: "Beteiligung"),
        .tableParticipationNote: Entry("degree = distinct neighbours in the layer; participation P = M/(M−1)·(1 − Σ(k/o)²) over M = %1 layers (Battiston, Nicosia & Latora 2014); n/a when o = 0 or M = 1",
            fr: "degré = voisins distincts dans la couche ; participation P = M/(M−1)·(1 − Σ(k/o)²) sur M = %1 couches (Battiston, Nicosia & Latora 2014) ; n/a si o = 0 ou M = 1",
            nl: "graad = verschillende buren in de laag; participatie P = M/(M−1)·(1 − Σ(k/o)²) over M = %1 lagen (Battiston, Nicosia & Latora 2014); n/a als o = 0 of M = 1",
            de: "Grad = verschiedene Nachbarn in der Schicht; Beteiligung P = M/(M−1)·(1 − Σ(k/o)²) über M = %1 Schichten (Battiston, Nicosia & Latora 2014); n/a bei o = 0 oder M = 1"),
        .tableLayerOverlap: Entry("Layer overlap (node pairs linked in both layers)",
            fr: "Recouvrement des couches (paires de nœuds reliées dans les deux couches)",
            nl: "Overlap van lagen (knopenparen verbonden in beide lagen)",
            de: "Überlappung der Schichten (in beiden Schichten verbundene Knotenpaare)"),
        .tableLayersColumn: Entry("layers",
            fr: "couches",
            nl: "lagen",
            de: "Schichten"),
        .tableSharedPairs: Entry("shared pairs",
            fr: "paires communes",
            nl: "gedeelde paren",
            de: "gemeinsame Paare"),
        .tableJaccardNote: Entry("Jaccard = |E_a ∩ E_b| / |E_a ∪ E_b| over unordered node pairs",
            fr: "Jaccard = |E_a ∩ E_b| / |E_a ∪ E_b| sur les paires de nœuds non ordonnées",
            nl: "Jaccard = |E_a ∩ E_b| / |E_a ∪ E_b| over ongeordende knopenparen",
            de: "Jaccard = |E_a ∩ E_b| / |E_a ∪ E_b| über ungeordnete Knotenpaare"),
        .sentenceScenarioLayer: Entry("Removing %1 cuts off %2 actor{2:|s} from the rest in the %3 layer; {4:1 of them keeps|%4 of them keep} a connection through another relation.",
            fr: "Retirer %1 coupe %2 acteur{2:|s} du reste dans la couche %3 ; %4 d’entre eux {4:garde|gardent} un lien par une autre relation.",
            nl: "%1 verwijderen snijdt %2 actor{2:|en} af van de rest in de laag %3; %4 daarvan {4:behoudt|behouden} een verbinding via een andere relatie.",
            de: "Das Entfernen von %1 schneidet %2 Akteur{2:|e} in der Schicht %3 vom Rest ab; %4 davon {4:behält|behalten} eine Verbindung über eine andere Beziehung."),
        .layersSection: Entry("Relation layers",
            fr: "Couches de relations",
            nl: "Relatielagen",
            de: "Beziehungsschichten"),
        .convLayers: Entry("Layers: each relation type belongs to one layer (coordination, structure, policy, or a layer declared in the data); each layer is read on its own, undirected. A backup channel is a connection through another layer.",
            fr: "Couches : chaque type de relation appartient à une couche (coordination, structure, politique, ou une couche déclarée dans les données) ; chaque couche est lue seule, sans direction. Un canal de secours est un lien par une autre couche.",
            nl: "Lagen: elk relatietype hoort bij één laag (coördinatie, structuur, beleid, of een laag die de gegevens declareren); elke laag wordt afzonderlijk gelezen, ongericht. Een reservekanaal is een verbinding via een andere laag.",
            de: "Schichten: Jeder Beziehungstyp gehört zu einer Schicht (Koordination, Struktur, Politik oder eine in den Daten deklarierte Schicht); jede Schicht wird für sich gelesen, ungerichtet. Ein Ersatzkanal ist eine Verbindung über eine andere Schicht."),
        .notAnalysed: Entry("Not analysed",
            fr: "Non analysé",
            nl: "Niet geanalyseerd",
            de: "Nicht analysiert"),
        .omittedLevels: Entry("Levels (level tables, brokerage across levels): the network declares no levels.",
            fr: "Niveaux (tableaux par niveau, courtage entre niveaux) : le réseau ne déclare aucun niveau.",
            nl: "Niveaus (tabellen per niveau, makelaarschap tussen niveaus): het netwerk declareert geen niveaus.",
            de: "Ebenen (Tabellen nach Ebene, Vermittlung zwischen Ebenen): das Netzwerk deklariert keine Ebenen."),
        .omittedCoverage: Entry("Coverage gaps: the network has no objectives to cover.",
            fr: "Lacunes de couverture : le réseau n’a aucun objectif à couvrir.",
            nl: "Dekkingslacunes: het netwerk heeft geen doelstellingen om te dekken.",
            de: "Abdeckungslücken: das Netzwerk hat keine abzudeckenden Ziele."),
        .omittedScenarios: Entry("Scenarios: no scenario was asked for.",
            fr: "Scénarios : aucun scénario n’a été demandé.",
            nl: "Scenario’s: er is geen scenario gevraagd.",
            de: "Szenarien: es wurde kein Szenario angefragt."),
        .omittedChanges: Entry("Changes over time: no comparison with another network or date was asked for.",
            fr: "Évolution dans le temps : aucune comparaison avec un autre réseau ou une autre date n’a été demandée.",
            nl: "Veranderingen in de tijd: er is geen vergelijking met een ander netwerk of een andere datum gevraagd.",
            de: "Veränderungen im Zeitverlauf: es wurde kein Vergleich mit einem anderen Netzwerk oder Datum angefragt."),
        .omittedLayers: Entry("Relation layers: the network has relations in only one layer.",
            fr: "Couches de relations : le réseau n’a de relations que dans une couche.",
            nl: "Relatielagen: het netwerk heeft relaties in slechts één laag.",
            de: "Beziehungsschichten: das Netzwerk hat Beziehungen in nur einer Schicht."),
        .hubsNoLevels: Entry("Coordination hubs",
            fr: "Pôles de coordination",
            nl: "Coördinatieknooppunten",
            de: "Koordinationszentren"),
        .sentenceSummaryNoLevels: Entry("This briefing describes “%1”: %2 node{2:|s} and %3 edge{3:|s}, drawn from %4 source{4:|s}.",
            fr: "Cette note décrit « %1 » : %2 nœud{2:|s} et %3 lien{3:|s}, tirés de %4 source{4:|s}.",
            nl: "Deze briefing beschrijft “%1”: %2 knoop{2:|en} en %3 verbinding{3:|en}, uit %4 bron{4:|nen}.",
            de: "Dieses Briefing beschreibt „%1“: %2 Knoten und %3 Kante{3:|n}, aus %4 Quelle{4:|n}."),
        .sentenceSummaryNoSources: Entry("This briefing describes “%1”: %2 node{2:|s} and %3 edge{3:|s} over %4 level{4:|s}; the data cites no source.",
            fr: "Cette note décrit « %1 » : %2 nœud{2:|s} et %3 lien{3:|s} sur %4 niveau{4:|x} ; les données ne citent aucune source.",
            nl: "Deze briefing beschrijft “%1”: %2 knoop{2:|en} en %3 verbinding{3:|en} over %4 niveau{4:|s}; de gegevens vermelden geen bron.",
            de: "Dieses Briefing beschreibt „%1“: %2 Knoten und %3 Kante{3:|n} über %4 Ebene{4:|n}; die Daten nennen keine Quelle."),
        .sentenceSummaryBare: Entry("This briefing describes “%1”: %2 node{2:|s} and %3 edge{3:|s}; the data declares no levels and cites no source.",
            fr: "Cette note décrit « %1 » : %2 nœud{2:|s} et %3 lien{3:|s} ; les données ne déclarent aucun niveau et ne citent aucune source.",
            nl: "Deze briefing beschrijft “%1”: %2 knoop{2:|en} en %3 verbinding{3:|en}; de gegevens declareren geen niveaus en vermelden geen bron.",
            de: "Dieses Briefing beschreibt „%1“: %2 Knoten und %3 Kante{3:|n}; die Daten deklarieren keine Ebenen und nennen keine Quelle."),
        .sentenceTopHubLayer: Entry("%1 is the most central actor in the %4 layer: betweenness %2, the highest of %3 actors.",
            fr: "%1 est l’acteur le plus central de la couche %4 : intermédiarité %2, la plus élevée des %3 acteurs.",
            nl: "%1 is de meest centrale actor in de laag %4: tussenliggendheid %2, de hoogste van %3 actoren.",
            de: "%1 ist der zentralste Akteur in der Schicht %4: Zwischenzentralität %2, die höchste von %3 Akteuren."),
        .sentenceWorstSpofLayer: Entry("Losing %1 would cut off %2 actor{2:|s} in the %3 layer: %4.",
            fr: "La perte de %1 couperait %2 acteur{2:|s} dans la couche %3 : %4.",
            nl: "Het verlies van %1 zou %2 actor{2:|en} afsnijden in de laag %3: %4.",
            de: "Der Verlust von %1 würde %2 Akteur{2:|e} in der Schicht %3 abschneiden: %4."),
        .sentenceSpofCountLayer: Entry("{1:1 actor is a single point|%1 actors are single points} of failure in the %2 layer.",
            fr: "{1:1 acteur est un point|%1 acteurs sont des points} de défaillance unique{1:|s} dans la couche %2.",
            nl: "{1:1 actor is een enkelvoudig faalpunt|%1 actoren zijn enkelvoudige faalpunten} in de laag %2.",
            de: "{1:1 Akteur ist ein einzelner Ausfallpunkt|%1 Akteure sind einzelne Ausfallpunkte} in der Schicht %2."),
        .sentenceOnlyPathLayer: Entry("In the %4 layer, every path from %1 to %3 actor{3:|s} passes through %2.",
            fr: "Dans la couche %4, tout chemin de %1 vers %3 acteur{3:|s} passe par %2.",
            nl: "In de laag %4 loopt elk pad van %1 naar %3 actor{3:|en} via %2.",
            de: "In der Schicht %4 führt jeder Weg von %1 zu %3 Akteur{3:|en} über %2."),
        .sentenceTopLevelBrokerHome: Entry("%1 brokers most between levels: %2 brokerage roles across levels.",
            fr: "%1 fait le plus le lien entre niveaux : %2 rôles de courtage entre niveaux.",
            nl: "%1 bemiddelt het meest tussen niveaus: %2 makelaarsrollen over niveaus heen.",
            de: "%1 vermittelt am meisten zwischen Ebenen: %2 Vermittlungsrollen über Ebenen hinweg."),
        .moreFindings: Entry("{1:1 further finding is|%1 further findings are} in briefing.json.",
            fr: "{1:1 autre constat figure|%1 autres constats figurent} dans briefing.json.",
            nl: "{1:1 verdere bevinding staat|%1 verdere bevindingen staan} in briefing.json.",
            de: "{1:1 weiterer Befund steht|%1 weitere Befunde stehen} in briefing.json."),
        .fallbackNames: Entry("{1:1 name is|%1 names are} not given in English in the data; {1:it is|they are} shown in another language, marked with that language’s code (e.g. ᶠʳ).",
            fr: "{1:1 nom n’est|%1 noms ne sont} pas donné{1:|s} en français dans les données ; {1:il est affiché|ils sont affichés} dans une autre langue, marqué{1:|s} du code de cette langue (p. ex. ᵉⁿ).",
            nl: "{1:1 naam staat|%1 namen staan} niet in het Nederlands in de gegevens; {1:hij wordt|ze worden} in een andere taal getoond, gemarkeerd met de code van die taal (bv. ᶠʳ).",
            de: "{1:1 Name ist|%1 Namen sind} in den Daten nicht auf Deutsch angegeben; {1:er wird|sie werden} in einer anderen Sprache gezeigt, markiert mit dem Code dieser Sprache (z. B. ᶠʳ)."),
        .layerCoordination: Entry("coordination",
            fr: "coordination",
            nl: "coördinatie",
            de: "Koordination"),
        .layerStructure: Entry("structure",
            fr: "structure",
            nl: "structuur",
            de: "Struktur"),
        .layerPolicy: Entry("policy",
            fr: "politique",
            nl: "beleid",
            de: "Politik"),
        .allLayersName: Entry("combined",
            fr: "combinée",
            nl: "gecombineerde",
            de: "kombinierten"),
        .neighbourhoodFigure: Entry("%1 and the actors tied to it, sized by betweenness",
            fr: "%1 et les acteurs qui lui sont liés, taille selon l’intermédiarité",
            nl: "%1 en de actoren die ermee verbonden zijn, grootte volgens tussenliggendheid",
            de: "%1 und die mit ihm verbundenen Akteure, Größe nach Zwischenzentralität"),
        .spofCutOffFigure: Entry("The single points of failure (highlighted) and the actors they cut off",
            fr: "Les points de défaillance uniques (en évidence) et les acteurs qu’ils coupent",
            nl: "De enkelvoudige faalpunten (gemarkeerd) en de actoren die ze afsnijden",
            de: "Die einzelnen Ausfallpunkte (hervorgehoben) und die Akteure, die sie abschneiden"),
        .scenarioNeighbourhoodFigure: Entry("Removed (highlighted) and the actors tied to them: %1",
            fr: "Retirés (en évidence) et les acteurs qui leur sont liés : %1",
            nl: "Verwijderd (gemarkeerd) en de actoren die ermee verbonden zijn: %1",
            de: "Entfernt (hervorgehoben) und die mit ihnen verbundenen Akteure: %1"),
        .overviewCommunities: Entry("Overview summarised by community (number of actors per community; links between communities)",
            fr: "Vue d’ensemble résumée par communauté (nombre d’acteurs par communauté ; liens entre communautés)",
            nl: "Overzicht samengevat per gemeenschap (aantal actoren per gemeenschap; verbindingen tussen gemeenschappen)",
            de: "Überblick nach Gemeinschaft zusammengefasst (Anzahl der Akteure je Gemeinschaft; Verbindungen zwischen Gemeinschaften)"),
        .changesNeighbourhoodFigure: Entry("What changed (drawn on %1): the nodes added or removed and those they are tied to",
            fr: "Ce qui a changé (dessiné sur %1) : les nœuds ajoutés ou retirés et ceux qui leur sont liés",
            nl: "Wat veranderde (getekend op %1): de toegevoegde of verwijderde knopen en die waarmee ze verbonden zijn",
            de: "Was sich geändert hat (gezeichnet: %1): die hinzugefügten oder entfernten Knoten und die mit ihnen verbundenen"),
        .onePairOneLine: Entry("one line per pair, whatever the number of relations",
            fr: "un trait par paire, quel que soit le nombre de relations",
            nl: "één lijn per paar, ongeacht het aantal relaties",
            de: "eine Linie je Paar, unabhängig von der Zahl der Beziehungen"),
        .community: Entry("community",
            fr: "communauté",
            nl: "gemeenschap",
            de: "Gemeinschaft"),
        .methodFigures: Entry("Figures: each shows the part of the network it is about (a hub’s neighbours, what a loss cuts off), or the network summarised by level or community, so that its text stays legible on an A4 page; several relations between one pair are drawn as one line.",
            fr: "Figures : chacune montre la partie du réseau dont elle parle (les voisins d’un pôle, ce qu’une perte coupe), ou le réseau résumé par niveau ou communauté, pour que son texte reste lisible sur une page A4 ; plusieurs relations entre une paire sont dessinées en un seul trait.",
            nl: "Figuren: elke figuur toont het deel van het netwerk waarover ze gaat (de buren van een knooppunt, wat een verlies afsnijdt), of het netwerk samengevat per niveau of gemeenschap, zodat de tekst leesbaar blijft op een A4-pagina; meerdere relaties tussen één paar worden als één lijn getekend.",
            de: "Abbildungen: Jede zeigt den Teil des Netzwerks, um den es geht (die Nachbarn eines Zentrums, was ein Verlust abschneidet), oder das nach Ebene oder Gemeinschaft zusammengefasste Netzwerk, damit ihr Text auf einer A4-Seite lesbar bleibt; mehrere Beziehungen zwischen einem Paar werden als eine Linie gezeichnet."),
        .contextNodesRule: Entry("Findings are about actors: levels, objectives and instruments are context, and a broker between levels must have a level of its own.",
            fr: "Les constats portent sur des acteurs : niveaux, objectifs et instruments sont le contexte, et un courtier entre niveaux doit avoir son propre niveau.",
            nl: "Bevindingen gaan over actoren: niveaus, doelstellingen en instrumenten zijn context, en een makelaar tussen niveaus moet een eigen niveau hebben.",
            de: "Befunde betreffen Akteure: Ebenen, Ziele und Instrumente sind Kontext, und ein Vermittler zwischen Ebenen muss eine eigene Ebene haben."),
        .importKindsInferred: Entry("{1:1 node kind|%1 node kinds} inferred from edge rules (the format carries no kinds; e.g. %2)",
            fr: "{1:1 type de nœud déduit|%1 types de nœuds déduits} des règles des liens (le format ne porte pas de types de nœuds ; p. ex. %2)",
            nl: "{1:1 knoopsoort|%1 knoopsoorten} afgeleid uit de regels van de verbindingen (het formaat draagt geen knoopsoorten; bv. %2)",
            de: "{1:1 Knotenart|%1 Knotenarten} aus den Kantenregeln abgeleitet (das Format trägt keine Knotenarten; z. B. %2)"),
        .importLevelsMoved: Entry("{1:1 level reference that names|%1 level references that name} no level node moved to notes (e.g. %2)",
            fr: "{1:1 référence de niveau qui ne désigne|%1 références de niveau qui ne désignent} aucun nœud de niveau {1:déplacée|déplacées} dans les notes (p. ex. %2)",
            nl: "{1:1 niveauverwijzing die geen niveauknoop noemt, verplaatst|%1 niveauverwijzingen die geen niveauknoop noemen, verplaatst} naar de notities (bv. %2)",
            de: "{1:1 Ebenenverweis, der keinen Ebenenknoten nennt, in die Notizen verschoben|%1 Ebenenverweise, die keinen Ebenenknoten nennen, in die Notizen verschoben} (z. B. %2)"),
        .importRanksMoved: Entry("{1:1 rank|%1 ranks} on nodes that are not levels moved to notes (e.g. %2)",
            fr: "{1:1 rang|%1 rangs} sur des nœuds qui ne sont pas des niveaux {1:déplacé|déplacés} dans les notes (p. ex. %2)",
            nl: "{1:1 rang|%1 rangen} op knopen die geen niveau zijn, verplaatst naar de notities (bv. %2)",
            de: "{1:1 Rang|%1 Ränge} auf Knoten, die keine Ebenen sind, in die Notizen verschoben (z. B. %2)"),
        .importTypesRetyped: Entry("{1:1 edge type became|%1 edge types became} x-… because the kinds of {1:its|their} ends break the type's rules (e.g. %2)",
            fr: "{1:1 type de lien est devenu|%1 types de liens sont devenus} x-… parce que les types de {1:ses|leurs} extrémités enfreignent les règles du type (p. ex. %2)",
            nl: "{1:1 verbindingssoort werd|%1 verbindingssoorten werden} x-… omdat de soorten van {1:zijn|hun} uiteinden de regels van de soort breken (bv. %2)",
            de: "{1:1 Kantenart wurde|%1 Kantenarten wurden} zu x-…, weil die Arten {1:ihrer|ihrer} Enden die Regeln der Art verletzen (z. B. %2)"),
        .importCyclesBroken: Entry("{1:1 edge that closes|%1 edges that close} a cycle of part_of or supersedes became x-… (e.g. %2)",
            fr: "{1:1 lien qui ferme|%1 liens qui ferment} un cycle de part_of ou supersedes {1:est devenu|sont devenus} x-… (p. ex. %2)",
            nl: "{1:1 verbinding die een kringloop van part_of of supersedes sluit, werd|%1 verbindingen die een kringloop van part_of of supersedes sluiten, werden} x-… (bv. %2)",
            de: "{1:1 Kante, die einen Zyklus aus part_of oder supersedes schließt, wurde|%1 Kanten, die einen Zyklus aus part_of oder supersedes schließen, wurden} zu x-… (z. B. %2)"),
        .importSourcesRepaired: Entry("{1:1 source field|%1 source fields} that AgencyGraph refuses rewritten or dropped (ids that are not ids, repeated sources, non-http URLs, bad language tags, excerpts over the limit; e.g. %2)",
            fr: "{1:1 champ de source|%1 champs de source} refusés par AgencyGraph réécrits ou supprimés (identifiants invalides, sources répétées, URL non http, codes de langue invalides, extraits trop longs ; p. ex. %2)",
            nl: "{1:1 bronveld|%1 bronvelden} die AgencyGraph weigert, herschreven of weggelaten (ongeldige id's, herhaalde bronnen, niet-http-URL's, ongeldige taalcodes, te lange citaten; bv. %2)",
            de: "{1:1 Quellenfeld|%1 Quellenfelder}, die AgencyGraph ablehnt, umgeschrieben oder entfernt (ungültige IDs, wiederholte Quellen, Nicht-http-URLs, ungültige Sprachcodes, zu lange Auszüge; z. B. %2)"),
        .importLayersDropped: Entry("{1:1 declared layer|%1 declared layers} named after a custom edge type that no layer lists dropped (%2)",
            fr: "{1:1 couche déclarée nommée|%1 couches déclarées nommées} d’après un type de lien personnalisé qu’aucune couche ne liste {1:supprimée|supprimées} (%2)",
            nl: "{1:1 gedeclareerde laag genoemd|%1 gedeclareerde lagen genoemd} naar een eigen verbindingssoort die geen laag opsomt, weggelaten (%2)",
            de: "{1:1 deklarierte Schicht, benannt|%1 deklarierte Schichten, benannt} nach einer eigenen Kantenart, die keine Schicht aufführt, entfernt (%2)"),
        .explorerTitle: Entry("Network explorer",
            fr: "Explorateur du réseau",
            nl: "Netwerkverkenner",
            de: "Netzwerk-Explorer"),
        .explorerSearch: Entry("Search a node (id, name, acronym)",
            fr: "Chercher un nœud (identifiant, nom, sigle)",
            nl: "Zoek een knoop (id, naam, afkorting)",
            de: "Knoten suchen (Kennung, Name, Akronym)"),
        .explorerNoMatch: Entry("no match",
            fr: "aucun résultat",
            nl: "geen resultaat",
            de: "kein Treffer"),
        .explorerZoomIn: Entry("Zoom in",
            fr: "Agrandir",
            nl: "Inzoomen",
            de: "Vergrößern"),
        .explorerZoomOut: Entry("Zoom out",
            fr: "Réduire",
            nl: "Uitzoomen",
            de: "Verkleinern"),
        .explorerFit: Entry("Fit to window",
            fr: "Ajuster à la fenêtre",
            nl: "Aanpassen aan venster",
            de: "An Fenster anpassen"),
        .explorerFilters: Entry("Filters",
            fr: "Filtres",
            nl: "Filters",
            de: "Filter"),
        .explorerLayers: Entry("Relation layers",
            fr: "Couches de relations",
            nl: "Relatielagen",
            de: "Beziehungsebenen"),
        .explorerEdgeTypes: Entry("Relation types",
            fr: "Types de relations",
            nl: "Relatietypes",
            de: "Beziehungstypen"),
        .explorerKinds: Entry("Node kinds",
            fr: "Types de nœuds",
            nl: "Soorten knopen",
            de: "Knotenarten"),
        .explorerLevels: Entry("Levels",
            fr: "Niveaux",
            nl: "Niveaus",
            de: "Ebenen"),
        .explorerDim: Entry("Dim instead of hide",
            fr: "Estomper au lieu de masquer",
            nl: "Dimmen in plaats van verbergen",
            de: "Abblenden statt ausblenden"),
        .explorerDate: Entry("Date",
            fr: "Date",
            nl: "Datum",
            de: "Datum"),
        .explorerMeasuresAt: Entry("The network at %1",
            fr: "Le réseau au %1",
            nl: "Het netwerk op %1",
            de: "Das Netzwerk am %1"),
        .explorerMeasuresAll: Entry("The network over all periods",
            fr: "Le réseau sur toutes les périodes",
            nl: "Het netwerk over alle periodes",
            de: "Das Netzwerk über alle Zeiträume"),
        .explorerMeasuresBefore: Entry("No measures before %1, the first date of the data",
            fr: "Pas de mesures avant le %1, première date des données",
            nl: "Geen metingen vóór %1, de eerste datum van de gegevens",
            de: "Keine Kennzahlen vor dem %1, dem ersten Datum der Daten"),
        .explorerComponents: Entry("connected parts",
            fr: "parties connexes",
            nl: "samenhangende delen",
            de: "zusammenhängende Teile"),
        .explorerLargest: Entry("largest part",
            fr: "plus grande partie",
            nl: "grootste deel",
            de: "größter Teil"),
        .explorerDensity: Entry("density",
            fr: "densité",
            nl: "dichtheid",
            de: "Dichte"),
        .explorerDiameter: Entry("diameter",
            fr: "diamètre",
            nl: "diameter",
            de: "Durchmesser"),
        .explorerSpofCount: Entry("single points of failure among actors",
            fr: "points de défaillance uniques parmi les acteurs",
            nl: "enkelvoudige faalpunten onder de actoren",
            de: "einzelne Ausfallpunkte unter den Akteuren"),
        .explorerWhatIf: Entry("What if it is lost?",
            fr: "Et si on le perd ?",
            nl: "Wat als het wegvalt?",
            de: "Was, wenn es ausfällt?"),
        .explorerRemove: Entry("Remove",
            fr: "Retirer",
            nl: "Verwijderen",
            de: "Entfernen"),
        .explorerRestore: Entry("Undo the removal",
            fr: "Annuler le retrait",
            nl: "Verwijdering ongedaan maken",
            de: "Entfernung rückgängig machen"),
        .explorerRemoved: Entry("Removed: %1",
            fr: "Retiré : %1",
            nl: "Verwijderd: %1",
            de: "Entfernt: %1"),
        .explorerCutOffFromHub: Entry("Cut off from %1, per relation layer",
            fr: "Coupés de %1, par couche de relations",
            nl: "Afgesneden van %1, per relatielaag",
            de: "Abgeschnitten von %1, je Beziehungsebene"),
        .explorerCutOffFromRest: Entry("Cut off from the largest part, per relation layer",
            fr: "Coupés de la plus grande partie, par couche de relations",
            nl: "Afgesneden van het grootste deel, per relatielaag",
            de: "Vom größten Teil abgeschnitten, je Beziehungsebene"),
        .explorerBackupVia: Entry("backup through %1",
            fr: "canal de secours par %1",
            nl: "reservekanaal via %1",
            de: "Ausweichkanal über %1"),
        .explorerNobodyCutOff: Entry("nobody cut off",
            fr: "personne n’est coupé",
            nl: "niemand afgesneden",
            de: "niemand abgeschnitten"),
        .explorerNotPrecomputed: Entry("Not precomputed for this removal; run: %1",
            fr: "Non précalculé pour ce retrait ; lancez : %1",
            nl: "Niet vooraf berekend voor deze verwijdering; voer uit: %1",
            de: "Für diese Entfernung nicht vorberechnet; ausführen: %1"),
        .explorerRemovalLimit: Entry("Removals are not precomputed in this file: the network has %1 actors, more than %2. Use agencygraph whatif.",
            fr: "Les retraits ne sont pas précalculés dans ce fichier : le réseau compte %1 acteurs, plus de %2. Utilisez agencygraph whatif.",
            nl: "Verwijderingen zijn in dit bestand niet vooraf berekend: het netwerk telt %1 actoren, meer dan %2. Gebruik agencygraph whatif.",
            de: "Entfernungen sind in dieser Datei nicht vorberechnet: Das Netzwerk hat %1 Akteure, mehr als %2. Verwenden Sie agencygraph whatif."),
        .explorerWhatIfScope: Entry("Read on the actors over all periods, each relation layer on its own.",
            fr: "Lu sur les acteurs, toutes périodes confondues, chaque couche de relations à part.",
            nl: "Gelezen op de actoren over alle periodes, elke relatielaag afzonderlijk.",
            de: "Gelesen auf den Akteuren über alle Zeiträume, jede Beziehungsebene für sich."),
        .explorerOverlays: Entry("Overlays",
            fr: "Superpositions",
            nl: "Overlays",
            de: "Überlagerungen"),
        .explorerSizeBy: Entry("Size by",
            fr: "Taille selon",
            nl: "Grootte volgens",
            de: "Größe nach"),
        .explorerColourBy: Entry("Colour by",
            fr: "Couleur selon",
            nl: "Kleur volgens",
            de: "Farbe nach"),
        .explorerHighlightSpof: Entry("Highlight single points of failure",
            fr: "Mettre en évidence les points de défaillance uniques",
            nl: "Enkelvoudige faalpunten markeren",
            de: "Einzelne Ausfallpunkte hervorheben"),
        .explorerCoverageView: Entry("Coverage: objectives each actor contributes to",
            fr: "Couverture : objectifs auxquels chaque acteur contribue",
            nl: "Dekking: doelstellingen waaraan elke actor bijdraagt",
            de: "Abdeckung: Ziele, zu denen jeder Akteur beiträgt"),
        .explorerLanguage: Entry("Language",
            fr: "Langue",
            nl: "Taal",
            de: "Sprache"),
        .explorerShare: Entry("Copy the link to this view",
            fr: "Copier le lien de cette vue",
            nl: "Link naar deze weergave kopiëren",
            de: "Link zu dieser Ansicht kopieren"),
        .explorerCopied: Entry("Link copied",
            fr: "Lien copié",
            nl: "Link gekopieerd",
            de: "Link kopiert"),
        .explorerExport: Entry("Export the view (SVG)",
            fr: "Exporter la vue (SVG)",
            nl: "Weergave exporteren (SVG)",
            de: "Ansicht exportieren (SVG)"),
        .explorerPrint: Entry("Print",
            fr: "Imprimer",
            nl: "Afdrukken",
            de: "Drucken"),
        .explorerReset: Entry("Reset",
            fr: "Réinitialiser",
            nl: "Herstellen",
            de: "Zurücksetzen"),
        .explorerClose: Entry("Close",
            fr: "Fermer",
            nl: "Sluiten",
            de: "Schließen"),
        .explorerNames: Entry("Names",
            fr: "Noms",
            nl: "Namen",
            de: "Namen"),
        .explorerValidity: Entry("Valid",
            fr: "Validité",
            nl: "Geldig",
            de: "Gültig"),
        .explorerSince: Entry("from %1",
            fr: "depuis %1",
            nl: "sinds %1",
            de: "seit %1"),
        .explorerUntil: Entry("until %1",
            fr: "jusqu’à %1",
            nl: "tot %1",
            de: "bis %1"),
        .explorerNoDates: Entry("no dates given",
            fr: "aucune date indiquée",
            nl: "geen data opgegeven",
            de: "keine Daten angegeben"),
        .explorerTiesOut: Entry("Ties out (%1)",
            fr: "Liens sortants (%1)",
            nl: "Uitgaande banden (%1)",
            de: "Ausgehende Beziehungen (%1)"),
        .explorerTiesIn: Entry("Ties in (%1)",
            fr: "Liens entrants (%1)",
            nl: "Inkomende banden (%1)",
            de: "Eingehende Beziehungen (%1)"),
        .explorerProvenance: Entry("Provenance",
            fr: "Provenance",
            nl: "Herkomst",
            de: "Herkunft"),
        .explorerAssumed: Entry("assumed, no source states it",
            fr: "supposé, aucune source ne l’indique",
            nl: "verondersteld, geen bron vermeldt het",
            de: "angenommen, keine Quelle nennt es"),
        .explorerSection: Entry("section",
            fr: "section",
            nl: "sectie",
            de: "Abschnitt"),
        .explorerRanks: Entry("Rank among %1 actors",
            fr: "Rang parmi %1 acteurs",
            nl: "Rang onder %1 actoren",
            de: "Rang unter %1 Akteuren"),
        .explorerNotRanked: Entry("not an actor: not ranked",
            fr: "pas un acteur : non classé",
            nl: "geen actor: niet gerangschikt",
            de: "kein Akteur: ohne Rang"),
        .explorerSpofRole: Entry("If it is lost, per relation layer",
            fr: "En cas de perte, par couche de relations",
            nl: "Bij verlies, per relatielaag",
            de: "Bei Verlust, je Beziehungsebene"),
        .explorerCutsOff: Entry("%1: cuts off %2",
            fr: "%1 : coupe %2",
            nl: "%1: snijdt %2 af",
            de: "%1: schneidet %2 ab"),
        .explorerCutsNobody: Entry("its loss cuts nobody off in any layer",
            fr: "sa perte ne coupe personne, dans aucune couche",
            nl: "het verlies ervan snijdt in geen enkele laag iemand af",
            de: "sein Ausfall schneidet in keiner Ebene jemanden ab"),
        .explorerShown: Entry("%1 of %2 nodes and %3 of %4 ties shown",
            fr: "%1 nœuds sur %2 et %3 liens sur %4 affichés",
            nl: "%1 van %2 knopen en %3 van %4 banden getoond",
            de: "%1 von %2 Knoten und %3 von %4 Beziehungen angezeigt"),
        .explorerKeys: Entry("Keys: arrows move, + and − zoom, 0 fits, / searches, Esc closes the panel.",
            fr: "Touches : flèches pour déplacer, + et − pour zoomer, 0 pour ajuster, / pour chercher, Échap ferme le panneau.",
            nl: "Toetsen: pijlen verschuiven, + en − zoomen, 0 past aan, / zoekt, Esc sluit het paneel.",
            de: "Tasten: Pfeile verschieben, + und − zoomen, 0 passt an, / sucht, Esc schließt das Feld."),
        .explorerNotes: Entry("Notes",
            fr: "Remarques",
            nl: "Opmerkingen",
            de: "Anmerkungen"),
        .explorerWrittenFrom: Entry("Written by agencygraph explore from %1; every figure was computed when the file was written.",
            fr: "Écrit par agencygraph explore à partir de %1 ; chaque chiffre a été calculé à l’écriture du fichier.",
            nl: "Geschreven door agencygraph explore uit %1; elk cijfer werd berekend toen het bestand werd geschreven.",
            de: "Geschrieben von agencygraph explore aus %1; jede Zahl wurde beim Schreiben der Datei berechnet."),
        .explorerTie: Entry("Tie",
            fr: "Lien",
            nl: "Band",
            de: "Beziehung"),
        .explorerLayer: Entry("layer",
            fr: "couche",
            nl: "laag",
            de: "Ebene"),
        .explorerWhatIfHint: Entry("Select an actor, then Remove, to see who is cut off in each relation layer.",
            fr: "Sélectionnez un acteur, puis Retirer, pour voir qui est coupé dans chaque couche de relations.",
            nl: "Selecteer een actor en dan Verwijderen om te zien wie in elke relatielaag wordt afgesneden.",
            de: "Wählen Sie einen Akteur und dann Entfernen, um zu sehen, wer in jeder Beziehungsebene abgeschnitten wird."),
        .explorerOpenLink: Entry("Open the network explorer: the drawing, the source behind each tie, filters, dates and what-if",
            fr: "Ouvrir l’explorateur du réseau : le dessin, la source de chaque lien, filtres, dates et scénarios",
            nl: "De netwerkverkenner openen: de tekening, de bron van elke band, filters, data en wat-als",
            de: "Den Netzwerk-Explorer öffnen: die Zeichnung, die Quelle jeder Beziehung, Filter, Daten und Was-wäre-wenn"),
        .condensedGroupCount: Entry("%1 member{1:|s}",
            fr: "%1 membre{1:|s}",
            nl: "%1 {1:lid|leden}",
            de: "%1 Mitglied{1:|er}"),
        .condensedGroupTooltip: Entry("%1 member{1:|s}, %2 tie{2:|s} inside",
            fr: "%1 membre{1:|s}, %2 lien{2:|s} internes",
            nl: "%1 {1:lid|leden}, %2 interne verbinding{2:|en}",
            de: "%1 Mitglied{1:|er}, %2 interne Verbindung{2:|en}"),
        .condensedTieTooltip: Entry("%1 tie{1:|s}",
            fr: "%1 lien{1:|s}",
            nl: "%1 verbinding{1:|en}",
            de: "%1 Verbindung{1:|en}"),
        .condensedDescription: Entry("Condensed drawing of %1 nodes and %2 edges: %3 boxes, each a group with its number of members; the number on a line counts the ties between two boxes; an arrow only where every tie runs the same way.",
            fr: "Dessin condensé de %1 nœuds et %2 liens : %3 cases, chacune un groupe avec son nombre de membres ; le nombre sur un trait compte les liens entre deux cases ; une flèche seulement si tous vont dans le même sens.",
            nl: "Samengevatte tekening van %1 knopen en %2 verbindingen: %3 vakken, elk een groep met het aantal leden; het getal op een lijn telt de verbindingen tussen twee vakken; een pijl alleen als ze allemaal dezelfde kant op gaan.",
            de: "Verdichtete Zeichnung von %1 Knoten und %2 Verbindungen: %3 Kästen, jeder eine Gruppe mit der Zahl ihrer Mitglieder; die Zahl an einer Linie zählt die Verbindungen zwischen zwei Kästen; ein Pfeil nur, wo alle in dieselbe Richtung gehen."),
        .condensedOther: Entry("%1 other groups",
            fr: "%1 autres groupes",
            nl: "%1 andere groepen",
            de: "%1 weitere Gruppen"),
        .condensedNoLevel: Entry("no level",
            fr: "sans niveau",
            nl: "zonder niveau",
            de: "ohne Ebene"),
        .condensedLines: Entry("the number on a line counts the ties between two boxes; an arrow only where all of them run the same way",
            fr: "le nombre sur un trait compte les liens entre deux cases ; une flèche seulement s’ils vont tous dans le même sens",
            nl: "het getal op een lijn telt de verbindingen tussen twee vakken; een pijl alleen als ze allemaal dezelfde kant op gaan",
            de: "die Zahl an einer Linie zählt die Verbindungen zwischen zwei Kästen; ein Pfeil nur, wo alle in dieselbe Richtung gehen"),
        .cutOffNotDrawn: Entry("%1 more actor{1:|s} cut off, not drawn; all are listed in %2.",
            fr: "%1 autre{1:|s} acteur{1:|s} coupé{1:|s}, non dessiné{1:|s} ; tous sont listés dans le %2.",
            nl: "Nog %1 afgesneden {1:actor|actoren}, niet getekend; ze staan allemaal in %2.",
            de: "%1 weitere{1:r|} abgeschnittene{1:r|} Akteur{1:|e}, nicht gezeichnet; alle stehen in %2."),
        .versionAt: Entry("the network at %1",
            fr: "le réseau en %1",
            nl: "het netwerk in %1",
            de: "Netzwerk im Stand %1"),
        .versionDated: Entry("the version dated %1",
            fr: "la version datée de %1",
            nl: "de versie van %1",
            de: "Fassung vom Stand %1"),
        .versionCurrent: Entry("the network as given",
            fr: "le réseau tel que fourni",
            nl: "het netwerk zoals aangeleverd",
            de: "Netzwerk wie geliefert"),
        .versionCompared: Entry("the version compared with it",
            fr: "la version comparée",
            nl: "de vergeleken versie",
            de: "verglichene Fassung"),
        .topRows: Entry("Top %1 of %2; all in briefing.json.",
            fr: "Les %1 premiers sur %2 ; tous dans briefing.json.",
            nl: "De eerste %1 van %2; alle in briefing.json.",
            de: "Die ersten %1 von %2; alle in briefing.json."),
        .cellMore: Entry("+%1 more (briefing.json)",
            fr: "+%1 autres (briefing.json)",
            nl: "+%1 meer (briefing.json)",
            de: "+%1 weitere (briefing.json)"),
        .betweennessEstimated: Entry("Betweenness (estimated)",
            fr: "Intermédiarité (estimée)",
            nl: "Tussenliggendheid (geschat)",
            de: "Zwischenzentralität (geschätzt)"),
        .tableBetweennessEstimated: Entry("betweenness (estimated)",
            fr: "intermédiarité (estimée)",
            nl: "tussenliggendheid (geschat)",
            de: "Zwischenzentralität (geschätzt)"),
        .noteBetweennessSampled: Entry("Betweenness estimated from %1 of %2 source nodes drawn at random (Brandes and Pich 2007, seed %3); exact values need all %2.",
            fr: "Intermédiarité estimée à partir de %1 nœuds sources sur %2, tirés au hasard (Brandes et Pich 2007, graine %3) ; les valeurs exactes demandent les %2.",
            nl: "Tussenliggendheid geschat vanuit %1 van de %2 bronknopen, willekeurig gekozen (Brandes en Pich 2007, seed %3); exacte waarden vragen alle %2.",
            de: "Zwischenzentralität geschätzt aus %1 von %2 zufällig gezogenen Quellknoten (Brandes und Pich 2007, Startwert %3); exakte Werte erfordern alle %2."),
        .convBetweennessSampled: Entry("Betweenness is estimated, not exact: the view has %1 actors (more than %2), so shortest paths are counted from %3 source actors drawn at random (pivot sampling, Brandes and Pich 2007; fixed seed %4, so the same network gives the same values). Tables say “estimated”.",
            fr: "L’intermédiarité est estimée, non exacte : la vue compte %1 acteurs (plus de %2), les plus courts chemins sont donc comptés depuis %3 acteurs sources tirés au hasard (échantillonnage de pivots, Brandes et Pich 2007 ; graine fixe %4, de sorte que le même réseau donne les mêmes valeurs). Les tableaux indiquent « estimée ».",
            nl: "De tussenliggendheid is geschat, niet exact: de weergave telt %1 actoren (meer dan %2), dus worden kortste paden geteld vanuit %3 willekeurig gekozen bronactoren (steekproef van pivots, Brandes en Pich 2007; vaste seed %4, zodat hetzelfde netwerk dezelfde waarden geeft). Tabellen vermelden „geschat”.",
            de: "Die Zwischenzentralität ist geschätzt, nicht exakt: die Ansicht hat %1 Akteure (mehr als %2), daher werden kürzeste Wege von %3 zufällig gezogenen Quellakteuren aus gezählt (Pivot-Stichprobe, Brandes und Pich 2007; fester Startwert %4, sodass dasselbe Netzwerk dieselben Werte ergibt). Tabellen sagen „geschätzt“."),
    ]
}
