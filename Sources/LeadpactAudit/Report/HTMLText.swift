/// Escaping for HTML text and attribute values, and the pieces the HTML pages share.
public enum HTMLText {
    /// `text` with `& < > " '` escaped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The start of a page up to its `<main>`: doctype, character set, viewport, the escaped
    /// `title` and the inline `css` (no external files).
    public static func pageStart(title: String, css: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>\(escape(title))</title>\n<style>\n\(css)</style>\n</head>\n<body>\n<main>\n"
    }

    /// A table with an escaped header and cells given as HTML; columns in `numeric` align right.
    static func table(header: [String], rows: [[String]], numeric: Set<Int> = [], cssClass: String = "") -> String {
        var out = "<table\(cssClass.isEmpty ? "" : " class=\"\(cssClass)\"")><thead><tr>"
        for (index, title) in header.enumerated() { out += "<th\(numeric.contains(index) ? " class=\"n\"" : "")>\(escape(title))</th>" }
        out += "</tr></thead><tbody>\n"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() { out += "<td\(numeric.contains(index) ? " class=\"n\"" : "")>\(cell)</td>" }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    /// A number with at most one decimal, for SVG coordinates.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
