using System.Security.Cryptography;
using System.Text;
using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Core.Indexing;

public sealed partial class PassageIndex
{
    /// <summary>Snapshot format version; a snapshot of another version is rebuilt, never misread.</summary>
    public const int SnapshotVersion = 5;

    private static readonly byte[] Magic = "FAQBOTIX"u8.ToArray();

    /// <summary>Writes the index to <paramref name="path"/> atomically: a temporary file, then a rename over the old one.</summary>
    public void WriteSnapshot(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var payload = SerializePayload();
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new BinaryWriter(file, Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(SnapshotVersion);
                writer.Write(Fingerprint);
                writer.Write(payload.Length);
                writer.Write(SHA256.HashData(payload));
                writer.Write(payload);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Reads a snapshot; false (with the reason) when it is missing, from another version or content, or damaged.</summary>
    public static bool TryReadSnapshot(string path, string expectedFingerprint, out PassageIndex? index, out string reason)
    {
        ArgumentNullException.ThrowIfNull(path);
        index = null;
        if (!File.Exists(path))
        {
            reason = "no snapshot yet";
            return false;
        }

        try
        {
            using var file = File.OpenRead(path);
            using var reader = new BinaryReader(file, Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                reason = "not an index snapshot";
                return false;
            }

            var version = reader.ReadInt32();
            if (version != SnapshotVersion)
            {
                reason = $"snapshot version {version}, this FaqBot writes version {SnapshotVersion}";
                return false;
            }

            var fingerprint = reader.ReadString();
            if (fingerprint != expectedFingerprint)
            {
                reason = "the knowledge base changed since the snapshot was written";
                return false;
            }

            var length = reader.ReadInt32();
            var checksum = reader.ReadBytes(32);
            var payload = reader.ReadBytes(length);
            if (payload.Length != length || !SHA256.HashData(payload).AsSpan().SequenceEqual(checksum))
            {
                reason = "the snapshot is damaged (checksum mismatch)";
                return false;
            }

            index = DeserializePayload(payload, fingerprint);
            reason = "";
            return true;
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            reason = $"the snapshot could not be read ({ex.GetType().Name})";
            return false;
        }
    }

    private byte[] SerializePayload()
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(_passages.Length);
            foreach (var p in _passages)
            {
                writer.Write(p.Id);
                writer.Write(p.DocumentTitle);
                WriteNullable(writer, p.Heading);
                writer.Write(p.SourceFile);
                writer.Write(p.StartLine);
                writer.Write(p.EndLine);
                writer.Write(p.Text);
                WriteNullable(writer, p.Url);
                writer.Write(p.Page ?? 0);
                writer.Write(p.LastPage ?? 0);
                writer.Write(p.Questions.Count);
                foreach (var q in p.Questions)
                {
                    writer.Write(q);
                }
            }

            writer.Write(_terms.Length);
            foreach (var term in _terms)
            {
                writer.Write(term);
            }

            WriteArray(writer, _postingStart);
            WriteArray(writer, _postingDoc);
            writer.Write(_postingTf.Length);
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_postingTf.AsSpan()));
            WriteArray(writer, _positionStart);
            WriteArray(writer, _positionCount);
            WriteArray(writer, _positions);
            WriteArray(writer, _fieldLength);
            writer.Write(_surfaceWords.Length);
            foreach (var word in _surfaceWords)
            {
                writer.Write(word);
            }

            WriteArray(writer, _surfaceTerms);
        }

        return memory.ToArray();
    }

    private static PassageIndex DeserializePayload(byte[] payload, string fingerprint)
    {
        using var reader = new BinaryReader(new MemoryStream(payload), Encoding.UTF8);
        var passages = new Passage[reader.ReadInt32()];
        for (var i = 0; i < passages.Length; i++)
        {
            var id = reader.ReadString();
            var title = reader.ReadString();
            var heading = ReadNullable(reader);
            var file = reader.ReadString();
            var start = reader.ReadInt32();
            var end = reader.ReadInt32();
            var text = reader.ReadString();
            var url = ReadNullable(reader);
            var page = reader.ReadInt32();
            var lastPage = reader.ReadInt32();
            var questions = new string[reader.ReadInt32()];
            for (var q = 0; q < questions.Length; q++)
            {
                questions[q] = reader.ReadString();
            }

            passages[i] = new Passage(id, title, heading, file, start, end, text)
            {
                Url = url,
                Questions = questions,
                Page = page > 0 ? page : null,
                LastPage = lastPage > 0 ? lastPage : null,
            };
        }

        var terms = new string[reader.ReadInt32()];
        for (var t = 0; t < terms.Length; t++)
        {
            terms[t] = reader.ReadString();
        }

        var postingStart = ReadArray(reader);
        var postingDoc = ReadArray(reader);
        var postingTf = new byte[reader.ReadInt32()];
        reader.Read(System.Runtime.InteropServices.MemoryMarshal.AsBytes(postingTf.AsSpan()));
        var positionStart = ReadArray(reader);
        var positionCount = ReadArray(reader);
        var positions = ReadArray(reader);
        var fieldLength = ReadArray(reader);
        var surfaceWords = new string[reader.ReadInt32()];
        for (var w = 0; w < surfaceWords.Length; w++)
        {
            surfaceWords[w] = reader.ReadString();
        }

        var surfaceTerms = ReadArray(reader);
        return new PassageIndex(passages, terms, postingStart, postingDoc, postingTf, positionStart, positionCount, positions, fieldLength, surfaceWords, surfaceTerms, fingerprint);
    }

    private static void WriteNullable(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadNullable(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteArray(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static int[] ReadArray(BinaryReader reader)
    {
        var values = new int[reader.ReadInt32()];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan());
        if (reader.Read(bytes) != bytes.Length)
        {
            throw new EndOfStreamException();
        }

        return values;
    }
}
