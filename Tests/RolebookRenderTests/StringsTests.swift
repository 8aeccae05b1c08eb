import RolebookCore
import RolebookRender
import Testing

/// The strings table: every phrase answered, arguments filled by name, dates from the table.
@Suite struct StringsTests {
    @Test func englishAnswersEveryPhrase() {
        #expect(Strings.english.missing.isEmpty, "\(Strings.english.missing)")
    }

    @Test func argumentsAreFilledByNameAndAnUnknownOneStaysVisible() {
        let strings = Strings([.departed: "{person}, {role}, has left the company.", .teamUnit: "Team: {name}"])
        #expect(strings(.departed, ["role": "Owner", "person": "Bo"]) == "Bo, Owner, has left the company.")
        // A missing argument shows its name rather than vanishing, so a wrong key is seen in review.
        #expect(strings(.teamUnit, ["team": "Design"]) == "Team: {name}")
        // A phrase missing from a table shows its key.
        #expect(strings(.home) == "home")
    }

    @Test func valuesAreInsertedVerbatimNeverReinterpreted() {
        let strings = Strings([.departed: "{person}, {role}, has left the company."])
        #expect(strings(.departed, ["person": "{role}", "role": "<b>"]) == "{role}, <b>, has left the company.")
    }

    @Test func datesAndPluralsComeFromTheTable() {
        let day = Day(iso: "2027-03-05")!
        #expect(Strings.english.date(day) == "5 Mar 2027")
        let pseudo = Strings([.date: "{year}/{month}/{day}", .monthMar: "M3"])
        #expect(pseudo.date(day) == "2027/M3/5")
        #expect(
            Strings.english.plural(1, one: .contractEndsInOneDayRenews, other: .contractEndsInDaysRenews, ["date": "x"])
                == "This contract ends in 1 day, on x, and renews automatically.")
    }
}
