using FaqBot.Core.Answering;
using FaqBot.Core.Rendering;

namespace FaqBot.Cli.Commands;

/// <summary><c>faqbot chat</c>: an interactive conversation; a number picks a suggested question.</summary>
internal static class ChatCommand
{
    public static int Run(CliArguments args, TextReader input, TextWriter output, TextWriter error) =>
        Run(args, input, output, error, TerminalText.Width(output));

    /// <summary>As <see cref="Run(CliArguments, TextReader, TextWriter, TextWriter)"/>, wrapping at <paramref name="width"/> columns (0: none).</summary>
    public static int Run(CliArguments args, TextReader input, TextWriter output, TextWriter error, int width)
    {
        args.AllowOnly();
        using var engine = EngineLoader.Open(args, error);
        void Write(string text) => output.WriteLine(TerminalText.Wrap(text, width));
        Write($"{engine.Settings.Clinic.Name} FAQ. {engine.Settings.Clinic.Scope}");
        Write("Type a question, a number to pick a suggestion, or 'quit' to leave.");
        IReadOnlyList<string> suggestions = [.. engine.Settings.ExampleQuestions];
        PrintSuggestions(Write, suggestions);
        while (true)
        {
            output.Write("> ");
            output.Flush();
            var line = input.ReadLine()?.Trim();
            if (line is null or "quit" or "exit" or "/quit")
            {
                output.WriteLine();
                return 0;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var question = line;
            if (line.All(char.IsAsciiDigit))
            {
                var pick = int.TryParse(line, out var number) ? number : 0;
                if (pick < 1 || pick > suggestions.Count)
                {
                    Write(suggestions.Count == 0
                        ? "  There are no suggestions to pick from now: please type your question in words."
                        : $"  There is no suggestion {line}: type a number from 1 to {suggestions.Count}, or your question in words.");
                    continue;
                }

                question = suggestions[pick - 1];
                Write($"  ({question})");
            }

            var answer = engine.Ask(question);
            output.WriteLine();
            Write(PlainTextRenderer.Render(answer with { FollowUps = [] }));
            suggestions = answer.Kind == AnswerKind.Clarify
                ? [.. answer.Quotes.Select(q => q.Heading ?? q.DocumentTitle).Where(h => h.Length > 0)]
                : answer.FollowUps;
            PrintSuggestions(Write, suggestions);
        }
    }

    private static void PrintSuggestions(Action<string> write, IReadOnlyList<string> suggestions)
    {
        for (var i = 0; i < suggestions.Count; i++)
        {
            write($"  [{i + 1}] {suggestions[i]}");
        }

        write("");
    }
}
