using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Core.Indexing;

public sealed partial class PassageIndex
{
    /// <summary>
    /// Inverts analysed passages in one pass: per passage, a slot per distinct term (found through a
    /// term-indexed array, reset after the passage) collects field frequencies and body positions;
    /// postings are appended in passage order and grouped by term at the end with a counting sort.
    /// </summary>
    private sealed class PostingsBuilder
    {
        private readonly List<int> _postTerm = [];
        private readonly List<int> _postDoc = [];
        private readonly List<byte> _postTf = [];
        private readonly List<int> _postPosStart = [];
        private readonly List<int> _postPosCount = [];
        private readonly List<int> _positions = [];
        private readonly int[] _fieldLength;
        private readonly List<int> _touched = [];
        private readonly int[] _slot;
        private byte[] _localTf = new byte[64 * FieldCount];
        private int[] _localPosCount = new int[64];
        private int[] _localPosStart = new int[64];

        public PostingsBuilder(int passageCount, int termCount)
        {
            _fieldLength = new int[passageCount * FieldCount];
            _slot = new int[termCount];
            Array.Fill(_slot, -1);
        }

        public void Add(int doc, AnalyzedPassage passage)
        {
            AddField(doc, IndexField.Body, passage.BodyTerms);
            AddField(doc, IndexField.Heading, passage.HeadingTerms);
            AddField(doc, IndexField.Title, passage.TitleTerms);
            AddField(doc, IndexField.Questions, passage.QuestionTerms);

            // Body positions grouped by slot: a prefix sum gives each slot its range, a second pass fills it.
            var running = _positions.Count;
            for (var s = 0; s < _touched.Count; s++)
            {
                _localPosStart[s] = running;
                running += _localPosCount[s];
            }

            System.Runtime.InteropServices.CollectionsMarshal.SetCount(_positions, running);
            var positions = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_positions);
            for (var t = 0; t < passage.BodyTerms.Length; t++)
            {
                var s = _slot[passage.BodyTerms[t]];
                positions[_localPosStart[s]++] = passage.BodyPositions[t];
            }

            for (var s = 0; s < _touched.Count; s++)
            {
                var term = _touched[s];
                _postTerm.Add(term);
                _postDoc.Add(doc);
                for (var f = 0; f < FieldCount; f++)
                {
                    _postTf.Add(_localTf[(s * FieldCount) + f]);
                }

                _postPosStart.Add(_localPosStart[s] - _localPosCount[s]);
                _postPosCount.Add(_localPosCount[s]);
                _slot[term] = -1;
            }

            _touched.Clear();
        }

        private void AddField(int doc, IndexField field, int[] terms)
        {
            _fieldLength[(doc * FieldCount) + (int)field] = terms.Length;
            foreach (var term in terms)
            {
                var s = _slot[term];
                if (s < 0)
                {
                    s = _touched.Count;
                    _slot[term] = s;
                    _touched.Add(term);
                    EnsureLocal(s + 1);
                    Array.Clear(_localTf, s * FieldCount, FieldCount);
                    _localPosCount[s] = 0;
                }

                ref var tf = ref _localTf[(s * FieldCount) + (int)field];
                if (tf < byte.MaxValue)
                {
                    tf++; // saturating: BM25 has long saturated by 255 occurrences
                }

                if (field == IndexField.Body)
                {
                    _localPosCount[s]++;
                }
            }
        }

        private void EnsureLocal(int slots)
        {
            if (slots <= _localPosCount.Length)
            {
                return;
            }

            var size = Math.Max(slots, _localPosCount.Length * 2);
            Array.Resize(ref _localTf, size * FieldCount);
            Array.Resize(ref _localPosCount, size);
            Array.Resize(ref _localPosStart, size);
        }

        public PassageIndex Freeze(Passage[] passages, string[] terms, Dictionary<string, int> surfaces, string fingerprint)
        {
            var termCount = terms.Length;
            var postingCount = _postDoc.Count;
            var postingStart = new int[termCount + 1];
            foreach (var term in _postTerm)
            {
                postingStart[term + 1]++;
            }

            for (var t = 0; t < termCount; t++)
            {
                postingStart[t + 1] += postingStart[t];
            }

            // Counting sort by term; postings were appended in passage order, so passages stay ascending.
            var next = (int[])postingStart.Clone();
            var postingDoc = new int[postingCount];
            var postingTf = new byte[postingCount * FieldCount];
            var positionStart = new int[postingCount];
            var order = new int[postingCount];
            for (var r = 0; r < postingCount; r++)
            {
                order[next[_postTerm[r]]++] = r;
            }

            // Positions stay where they are, in passage order: a posting records its start and count.
            var sourceTf = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_postTf);
            var positionCount = new int[postingCount];
            for (var i = 0; i < postingCount; i++)
            {
                var r = order[i];
                postingDoc[i] = _postDoc[r];
                sourceTf.Slice(r * FieldCount, FieldCount).CopyTo(postingTf.AsSpan(i * FieldCount));
                positionStart[i] = _postPosStart[r];
                positionCount[i] = _postPosCount[r];
            }

            return new PassageIndex(passages, terms, postingStart, postingDoc, postingTf, positionStart, positionCount, [.. _positions], _fieldLength,
                [.. surfaces.Keys], [.. surfaces.Values], fingerprint);
        }

    }
}
