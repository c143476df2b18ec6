using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Architecture;

/// <summary>No source file under src/ over 250 lines and no method over 60: the sizes a maintainer can read in one go.</summary>
public class SourceSizeTests
{
    private const int MaxFileLines = 250;
    private const int MaxMethodLines = 60;

    private static readonly string Src = Path.Combine(Repo.Root, "src");

    [Fact]
    public void No_source_file_is_over_250_lines()
    {
        var files = SourceSize.SourceFiles(Src).ToList();
        var tooLong = files
            .Select(f => (File: Path.GetRelativePath(Repo.Root, f), Lines: SourceSize.LineCount(File.ReadAllText(f))))
            .Where(f => f.Lines > MaxFileLines)
            .Select(f => $"{f.File}: {f.Lines} lines")
            .ToList();

        Assert.True(files.Count > 100, $"only {files.Count} source files found under {Src}");
        Assert.True(tooLong.Count == 0, string.Join(Environment.NewLine, tooLong));
    }

    [Fact]
    public void No_method_is_over_60_lines()
    {
        var tooLong = SourceSize.SourceFiles(Src)
            .SelectMany(f => SourceSize.Methods(Path.GetRelativePath(Repo.Root, f), File.ReadAllText(f)))
            .Where(m => m.Lines > MaxMethodLines)
            .Select(m => $"{m.File}: {m.Name}: {m.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, string.Join(Environment.NewLine, tooLong));
    }

    [Fact]
    public void A_method_is_measured_from_its_declaration_to_its_closing_brace()
    {
        const string source = """
            class C
            {
                /// <summary>Not counted.</summary>
                [Obsolete]
                void M()
                {
                    var s = "}}}";
                    int Local() => 1;
                }

                int P { get { return 1; } }
            }
            """;

        var methods = SourceSize.Methods("C.cs", source).ToDictionary(m => m.Name, m => m.Lines);

        Assert.Equal(6, methods["M (line 4)"]);
        Assert.Equal(1, methods["Local (local function) (line 8)"]);
        Assert.Equal(1, methods["get of P (line 11)"]);
        Assert.Equal(3, methods.Count);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("a", 1)]
    [InlineData("a\n", 1)]
    [InlineData("a\nb", 2)]
    [InlineData("a\r\nb\r\n", 2)]
    public void Lines_are_counted_as_an_editor_numbers_them(string text, int lines) =>
        Assert.Equal(lines, SourceSize.LineCount(text));
}
