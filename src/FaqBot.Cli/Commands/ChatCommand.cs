using FaqBot.Core.Answering;
using FaqBot.Core.Rendering;

namespace FaqBot.Cli.Commands;

/// <summary><c>faqbot chat</c>: an interactive conversation; a number picks a suggested question.</summary>
internal static class ChatCommand
{
    public static int Run(CliArguments args, TextReader input, TextWriter output, TextWriter error)
    {
        args.AllowOnly();
        using var engine = EngineLoader.Open(args, error);
        output.WriteLine($"{engine.Settings.Clinic.Name} FAQ. {engine.Settings.Clinic.Scope}");
        output.WriteLine("Type a question, a number to pick a suggestion, or 'quit' to leave.");
        IReadOnlyList<string> suggestions = [.. engine.FollowUps.All.Take(3)];
        PrintSuggestions(output, suggestions);
        while (true)
        {
            output.Write("> ");
            output.Flush();
            var line = input.ReadLine();
            if (line is null || line.Trim() is "quit" or "exit" or "/quit")
            {
                output.WriteLine();
                return 0;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var question = int.TryParse(line.Trim(), out var pick) && pick >= 1 && pick <= suggestions.Count ? suggestions[pick - 1] : line;
            if (!ReferenceEquals(question, line))
            {
                output.WriteLine($"  ({question})");
            }

            var answer = engine.Ask(question);
            output.WriteLine();
            output.WriteLine(PlainTextRenderer.Render(answer with { FollowUps = [] }));
            suggestions = answer.Kind == AnswerKind.Clarify
                ? [.. answer.Quotes.Select(q => q.Heading ?? q.DocumentTitle).Where(h => h.Length > 0)]
                : answer.FollowUps;
            PrintSuggestions(output, suggestions);
        }
    }

    private static void PrintSuggestions(TextWriter output, IReadOnlyList<string> suggestions)
    {
        for (var i = 0; i < suggestions.Count; i++)
        {
            output.WriteLine($"  [{i + 1}] {suggestions[i]}");
        }

        output.WriteLine();
    }
}
