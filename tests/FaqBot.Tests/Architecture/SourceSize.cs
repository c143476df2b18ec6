using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FaqBot.Tests.Architecture;

/// <summary>
/// Measures C# source the way a reader meets it: a file's lines, and a method's lines from its declaration (attributes
/// included, the doc comment above it not) through its closing brace or expression body. Roslyn parses the file, so
/// braces inside strings, comments or raw literals do not confuse the count. Methods, constructors, operators,
/// property and event accessors and local functions are methods here; a local function is counted inside its
/// enclosing method too.
/// </summary>
internal static class SourceSize
{
    /// <summary>One member: file, name with the line it starts on, and its length in lines.</summary>
    public sealed record Member(string File, string Name, int Lines);

    /// <summary>The .cs files under <paramref name="folder"/>, leaving out bin and obj (generated code).</summary>
    public static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    /// <summary>Lines in <paramref name="text"/>, counted as an editor numbers them (a final line break adds none).</summary>
    public static int LineCount(string text) =>
        text.Length == 0 ? 0 : text.Count(c => c == '\n') + (text[^1] == '\n' ? 0 : 1);

    /// <summary>Every method-like member of <paramref name="source"/> with its length in lines.</summary>
    public static IEnumerable<Member> Methods(string file, string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview));
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (Name(node) is not { } name)
            {
                continue;
            }

            var span = tree.GetLineSpan(node.Span);
            yield return new Member(file, $"{name} (line {span.StartLinePosition.Line + 1})",
                span.EndLinePosition.Line - span.StartLinePosition.Line + 1);
        }
    }

    private static string? Name(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text + " constructor",
        DestructorDeclarationSyntax d => "~" + d.Identifier.Text,
        OperatorDeclarationSyntax o => "operator " + o.OperatorToken.Text,
        ConversionOperatorDeclarationSyntax c => "conversion to " + c.Type,
        LocalFunctionStatementSyntax l => l.Identifier.Text + " (local function)",
        AccessorDeclarationSyntax a when a.Body is not null || a.ExpressionBody is not null =>
            $"{a.Keyword.Text} of {a.Parent?.Parent switch
            {
                PropertyDeclarationSyntax p => p.Identifier.Text,
                EventDeclarationSyntax e => e.Identifier.Text,
                IndexerDeclarationSyntax => "this[]",
                _ => "?",
            }}",
        _ => null,
    };
}
