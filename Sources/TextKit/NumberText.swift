import Foundation

/// The one number formatter of AgencyGraph's outputs (tables, briefings, captions).
///
/// Integral values are written without decimals; others with a fixed number of decimals
/// (correctly rounded, as C's `%.Nf`), optionally without trailing zeros. In French, Dutch and
/// German the decimal separator is a comma; English and machine outputs (CSV, JSON) keep the dot.
/// NaN is `n/a`, infinities `inf` and `-inf`.
public struct NumberText: Sendable, Equatable {
    /// Decimals after the separator for non-integral values.
    public var decimals: Int
    /// Whether trailing zeros (and a then trailing separator) are dropped.
    public var trimsZeros: Bool
    /// How a value halfway between two written values is rounded.
    public var rounding: Rounding

    /// How the last decimal is rounded.
    public enum Rounding: Sendable, Equatable {
        /// The exact binary value, correctly rounded, as C's `%.Nf`: a value exactly halfway goes
        /// to the even digit (`14.125` → `14.12`).
        case correctly
        /// The value scaled by 10^decimals and rounded half away from zero, as the analysis tables
        /// have always written numbers (`14.125` → `14.13`, `-1.125` → `-1.13`).
        case halfAwayFromZero
    }

    /// Creates a formatter.
    ///
    /// - Parameters:
    ///   - decimals: digits after the separator for non-integral values.
    ///   - trimsZeros: whether trailing zeros (and then a trailing separator) are dropped.
    ///   - rounding: how the last digit is rounded; correctly (as C's `%.Nf`) by default.
    public init(decimals: Int, trimsZeros: Bool, rounding: Rounding = .correctly) {
        self.decimals = decimals
        self.trimsZeros = trimsZeros
        self.rounding = rounding
    }

    /// Analysis tables: up to four decimals, no trailing zeros (`0.25`, `1`, `0.3333`), halves
    /// away from zero (`0.03125` → `0.0313`).
    public static let table = NumberText(decimals: 4, trimsZeros: true, rounding: .halfAwayFromZero)
    /// Briefing prose and tables: three decimals (`0.250`, `1`).
    public static let prose = NumberText(decimals: 3, trimsZeros: false)

    /// `value` written in `language` (decimal comma in fr, nl, de); `nil` writes a dot.
    ///
    /// - Complexity: O(1).
    public func string(_ value: Double, in language: Language? = nil) -> String {
        if value.isNaN { return "n/a" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        var rounded = value
        if rounding == .halfAwayFromZero {
            let scale = (0 ..< decimals).reduce(1.0) { product, _ in product * 10 }
            let scaled = (value * scale).rounded(.toNearestOrAwayFromZero) / scale
            if scaled.isFinite { rounded = scaled }
        }
        var text = String(format: "%.\(decimals)f", rounded)
        if trimsZeros, text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        switch language {
        case .fr?, .nl?, .de?: return text.replacingOccurrences(of: ".", with: ",")
        case .en?, nil: return text
        }
    }
}
