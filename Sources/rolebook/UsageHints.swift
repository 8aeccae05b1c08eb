import ArgumentParser
import Foundation
import RolebookCore

/// Better messages for two usage mistakes that swift-argument-parser words unhelpfully:
///
/// - a misspelt subcommand: `build` is the default subcommand, so `rolebook bulid` parses as
///   `rolebook build bulid` and the parser says only "Unexpected argument 'bulid'";
/// - an unknown option that the parser does not get to, or suggests badly: it reports a missing
///   required option before an unknown one (`generate-sample --compnies 3`), suggests by edit
///   distance alone (`--out` → `--root`), and does not say that an option belongs to another
///   subcommand (`check --output`).
///
/// Consulted only after parsing failed with a usage error, so nothing that parses is affected.
enum UsageHints {
    /// The message to print instead of the parser's, and the command whose usage to show; nil to
    /// keep the parser's message.
    static func hint(for arguments: [String]) -> (message: String, command: ParsableCommand.Type)? {
        guard let tool = Tool.load(), let first = arguments.first else { return nil }
        var command = tool.defaultCommand
        var rest = arguments[...]
        if !first.hasPrefix("-") {
            if first == "help" { return nil }
            guard let named = tool.commands.first(where: { $0.name == first }) else {
                let names = tool.commands.map(\.name).filter { $0 != "help" }
                if let guess = suggestion(for: first, among: names) {
                    return ("Unknown command '\(first)'. Did you mean '\(guess)'?", RolebookCommand.self)
                }
                let list = names.map { "'\($0)'" }.joined(separator: ", ")
                return ("Unknown command '\(first)': the commands are \(list)", RolebookCommand.self)
            }
            command = named
            rest = rest.dropFirst()
        }
        var index = rest.startIndex
        while index < rest.endIndex {
            let token = rest[index]
            index += 1
            if token == "--" { break }
            guard token.hasPrefix("-"), token.count > 1 else { continue }
            let name = String(token.prefix { $0 != "=" })
            if let kind = command.options[name] {
                // An option's value is the next argument, whatever it looks like.
                if kind == .option, !token.contains("=") { index += 1 }
                continue
            }
            let typed = name.drop { $0 == "-" }.lowercased()
            if let guess = suggestion(for: typed, among: command.longNames) {
                return ("Unknown option '\(name)'. Did you mean '--\(guess)'?", command.type)
            }
            if let other = tool.commands.first(where: { $0.options[name] != nil }) {
                return (
                    "Unknown option '\(name)': it is an option of 'rolebook \(other.name)', not of 'rolebook \(command.name)'",
                    command.type
                )
            }
            return ("Unknown option '\(name)'", command.type)
        }
        return nil
    }

    /// The one name `typed` begins (`gen` → `generate-sample`), else the closest spelling.
    static func suggestion(for typed: String, among names: [String]) -> String? {
        let starting = names.filter { $0.hasPrefix(typed) }
        if typed.count >= 2, starting.count == 1 { return starting[0] }
        return Spelling.closest(to: typed, among: names)
    }

    /// The parser's own description of the commands and their options.
    struct Tool {
        enum Kind: String, Decodable { case option, flag, positional }

        struct Command {
            var name: String
            var type: ParsableCommand.Type
            /// `--root`, `-h`: every spelling the parser accepts, with whether it takes a value.
            var options: [String: Kind]
            var longNames: [String]
        }

        var commands: [Command]
        var defaultCommand: Command

        static func load() -> Tool? {
            struct Info: Decodable { var command: Entry }
            struct Entry: Decodable {
                var commandName: String
                var subcommands: [Entry]?
                var arguments: [Argument]?
            }
            struct Argument: Decodable {
                var kind: Kind
                var names: [Name]?
            }
            struct Name: Decodable {
                var kind: String
                var name: String
            }
            guard let info = try? JSONDecoder().decode(Info.self, from: Data(RolebookCommand._dumpHelp().utf8)) else {
                return nil
            }
            let types = Dictionary(
                uniqueKeysWithValues: RolebookCommand.configuration.subcommands.map { ($0._commandName, $0) })
            let commands = (info.command.subcommands ?? []).map { entry in
                var options: [String: Kind] = [:]
                var longNames: [String] = []
                for argument in entry.arguments ?? [] where argument.kind != .positional {
                    for name in argument.names ?? [] {
                        options[(name.kind == "long" ? "--" : "-") + name.name] = argument.kind
                        if name.kind == "long" { longNames.append(name.name) }
                    }
                }
                return Command(
                    name: entry.commandName, type: types[entry.commandName] ?? RolebookCommand.self, options: options,
                    longNames: longNames)
            }
            let defaultName = RolebookCommand.configuration.defaultSubcommand?._commandName
            guard let defaultCommand = commands.first(where: { $0.name == defaultName }) else { return nil }
            return Tool(commands: commands, defaultCommand: defaultCommand)
        }
    }
}
