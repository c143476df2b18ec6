using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace FaqBot.Tests.Core.KnowledgeBase.Fixtures;

// PDFsharp's Core build finds no system fonts on Linux; the Segoe WP faces ship inside PDFsharp itself, so the
// fixtures come out the same on every machine. Installed once per process (PDFsharp's setting is global).
internal sealed class FixtureFonts : IFontResolver
{
    public const string Family = "Segoe WP";

    private static readonly Lock Gate = new();
    private static bool Installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (!Installed)
            {
                GlobalFontSettings.FontResolver = new FixtureFonts();
                Installed = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "SegoeWP-Bold" : "SegoeWP");

    public byte[]? GetFont(string faceName) =>
        faceName == "SegoeWP-Bold" ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;
}
