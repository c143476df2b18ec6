using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace FaqBot.Tests.Core.KnowledgeBase.Fixtures;

// An inline picture as Word writes one: an image part and a w:drawing that refers to it.
internal static class DocxPicture
{
    private const long Size = 1_800_000; // EMUs, about 5 cm

    public static DocumentFormat.OpenXml.Wordprocessing.Drawing Create(MainDocumentPart part, byte[] bitmap)
    {
        var image = part.AddImagePart(ImagePartType.Bmp);
        using (var stream = new MemoryStream(bitmap))
        {
            image.FeedData(stream);
        }

        var id = part.GetIdOfPart(image);
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = "scan.bmp" }, new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = Size, Cy = Size }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var graphic = new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        return new DocumentFormat.OpenXml.Wordprocessing.Drawing(new DW.Inline(
            new DW.Extent { Cx = Size, Cy = Size },
            new DW.DocProperties { Id = 1U, Name = "Scan" },
            graphic));
    }
}
