namespace Verbatim.Translation.Translation;

/// <summary>One translated piece and the label of the engine that produced it (null: nothing to translate).</summary>
public sealed record PieceTranslation(string Text, string? Engine);

/// <summary>
/// Everything that happens around every engine, in order: glossary spans are hidden behind
/// placeholders, the translation memory is asked, the misses go to the engine chain in one batch
/// (and are remembered), the serving engine's post-editing rules run, and the glossary terms are
/// put back. Post-editing runs before restoring so its rules can never rewrite a glossary term;
/// only a last, small section of rules that read the terms as context runs after.
/// </summary>
public sealed class PieceTranslator(EngineChain chain, TranslationMemory memory, Glossary glossary, PostEditor postEditor)
{
    public async Task<IReadOnlyList<PieceTranslation>> TranslateAsync(IReadOnlyList<string> pieces, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var results = new PieceTranslation[pieces.Count];
        var protectedPieces = new ProtectedText[pieces.Count];
        var raw = new (string Text, string Engine)[pieces.Count];
        var misses = new List<int>();
        var engines = chain.EngineNames;

        for (var i = 0; i < pieces.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(pieces[i]))
            {
                results[i] = new PieceTranslation(pieces[i], null);
                continue;
            }

            protectedPieces[i] = glossary.Protect(pieces[i]);
            if (memory.TryGet(engines, protectedPieces[i].Text, out var remembered, out var engine))
            {
                raw[i] = (remembered, engine);
                results[i] = new PieceTranslation("", engine);
            }
            else
            {
                misses.Add(i);
            }
        }

        if (misses.Count > 0)
        {
            var batch = await chain.TranslateAsync(misses.Select(i => protectedPieces[i].Text).ToList(), cancellationToken).ConfigureAwait(false);
            for (var k = 0; k < misses.Count; k++)
            {
                var i = misses[k];
                memory.Add(batch.Engine, protectedPieces[i].Text, batch.Texts[k]);
                raw[i] = (batch.Texts[k], batch.Engine);
                results[i] = new PieceTranslation("", batch.Label);
            }
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            if (results[i].Engine is null)
            {
                continue;
            }

            var edited = postEditor.Apply(raw[i].Engine, raw[i].Text);
            var restored = Glossary.Restore(edited, protectedPieces[i].Terms);
            results[i] = results[i] with { Text = postEditor.ApplyAfterGlossary(raw[i].Engine, restored) };
        }

        return results;
    }
}
