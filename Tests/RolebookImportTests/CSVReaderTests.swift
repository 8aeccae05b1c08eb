import Foundation
import RolebookCore
import RolebookSource
import Testing

/// The strict reader on its own, from strings: separators, line ends, quoting and where each cell starts.
@Suite struct CSVReaderTests {
    func read(_ text: String, separator: Character? = nil) -> (CSVTable?, [String]) {
        let (table, diagnostics) = CSVReader(path: "x.csv").read(text, separator: separator)
        return (table, diagnostics.map(\.description))
    }

    func cells(_ table: CSVTable?) -> [[String]] {
        guard let table else { return [] }
        return [table.header.map(\.text)] + table.records.map { $0.cells.map(\.text) }
    }

    @Test(arguments: ["a,b\n1,2\n", "a,b\r\n1,2\r\n", "a,b\r1,2\r", "a,b\n1,2"])
    func everyLineEndReadsAlike(_ text: String) {
        let (table, problems) = read(text)
        #expect(problems.isEmpty)
        #expect(cells(table) == [["a", "b"], ["1", "2"]])
        #expect(table?.records.first?.line == 2)
    }

    @Test func theSeparatorIsTheOneTheHeaderUsesMore() {
        #expect(read("a;b;c\n1,5;2;3\n").0?.separator == ";")
        #expect(cells(read("a;b;c\n1,5;2;3\n").0) == [["a", "b", "c"], ["1,5", "2", "3"]])
        #expect(read("a,b;c\n").0?.separator == ",")
        #expect(read("\"a;b\",c\n").0?.separator == ",", "separators inside quotes are not counted")
        #expect(read("a;b\n", separator: ",").0?.header.map(\.text) == ["a;b"], "a declared separator wins")
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        let (table, problems) = read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n1,2,3\n")
        #expect(problems.isEmpty)
        #expect(cells(table) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["1", "2", "3"]])
        #expect(table?.records.map(\.line) == [2, 4], "a record after a two-line field starts on line 4")
        #expect(table?.records[1].cells.map(\.column) == [1, 3, 5])
    }

    @Test func columnsCountCharactersNotBytes() {
        let (table, _) = read("name,email\nRené Müller,r@example.com\n")
        #expect(table?.records[0].cells[1].column == 13)
    }

    @Test func emptyTrailingFieldsAndBlankLinesAreKeptAndSkipped() {
        let (table, problems) = read("a,b,,\n\n1,2,,\n\n")
        #expect(problems.isEmpty)
        #expect(cells(table) == [["a", "b", "", ""], ["1", "2", "", ""]])
        #expect(table?.records[0].line == 3)
        #expect(
            cells(read("a,b,").0) == [["a", "b", ""]], "a separator at the end of the file ends with an empty field")
        #expect(cells(read("a\n\"\"\n").0) == [["a"], [""]], "a quoted empty field is a record")
    }

    @Test func malformedQuotingIsAnErrorWhereItIs() {
        #expect(
            read("a,b\n1,2\"x\n").1 == [
                "x.csv:2:4: error: a quote inside an unquoted field: quote the whole field, and write the quote as \"\""
            ])
        #expect(
            read("a,b\n\"1\"x,2\n").1 == [
                "x.csv:2:4: error: text after the closing quote of a field: quote the whole field, and write a quote inside it as \"\""
            ])
        #expect(
            read("a,b\n1,\"2\n3,4\n").1 == [
                "x.csv:2:3: error: this quoted field is never closed: the file ends inside it (a quote in a value is written \"\")"
            ])
    }

    @Test func anEmptyFileHasNoHeader() {
        #expect(read("").0 == nil)
        #expect(read("").1 == ["x.csv:1:1: error: the file is empty: an export starts with its header row"])
    }
}
