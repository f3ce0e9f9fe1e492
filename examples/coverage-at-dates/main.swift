// coverage-at-dates: compares the objective × level coverage of a network at two dates.
//
//   swift run coverage-at-dates graphs/belgium-counter-terrorism.yaml 2020 2022
//
// Prints every cell whose number of contributing actors changed, then the agencies that contribute
// to no objective at each date.
import AgencyAnalysis
import AgencyInterop
import AgencyModel
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 3, let first = PartialDate(parsing: arguments[1]), let second = PartialDate(parsing: arguments[2]) else {
    FileHandle.standardError.write(Data("usage: coverage-at-dates NETWORK DATE1 DATE2 (dates YYYY, YYYY-MM or YYYY-MM-DD)\n".utf8))
    exit(2)
}
do {
    let network = try NetworkInput.load(arguments[0]).network
    func coverage(at date: PartialDate) throws -> CoverageReport {
        let filtered = try ViewFilter(at: date).apply(to: network)
        return try AnalysisView(network: filtered).coverage()
    }
    let before = try coverage(at: first)
    let after = try coverage(at: second)
    var counts: [String: Int] = [:]
    for cell in before.cells { counts["\(cell.objective) @ \(cell.level)"] = cell.count }
    var changes = 0
    for cell in after.cells {
        let key = "\(cell.objective) @ \(cell.level)"
        let old = counts[key] ?? 0
        if old != cell.count {
            print("\(key): \(old) -> \(cell.count)")
            changes += 1
        }
    }
    print("\(changes) cells changed between \(first) and \(second)")
    print("agencies with no objective at \(first): \(before.agenciesWithoutObjective.joined(separator: ", "))")
    print("agencies with no objective at \(second): \(after.agenciesWithoutObjective.joined(separator: ", "))")
} catch let error as NetworkInputError {
    // Already located: FILE[:LINE:COL]: error: MESSAGE, one line per error.
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
