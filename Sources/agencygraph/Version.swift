/// The release version of `agencygraph`, printed by `agencygraph --version`.
///
/// The one source of truth is the `VERSION` file at the repository root (read by `make dist` for
/// the tarball's name); this constant must equal it, which `VersionTests` checks in `make test`.
/// To release: change `VERSION`, change this constant, add a section to CHANGELOG.md.
enum AgencyGraphVersion {
    static let current = "0.2.0"
}
