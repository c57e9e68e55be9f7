using System;
using System.Collections.Generic;
using Dataset.Core.Model;

namespace Dataset.Tool.Input;

/// <summary>
/// The YAML codes of a corpus's vocabulary terms (<c>military.exercise</c>), by the C# member names the linked models
/// carry (<c>MilitaryExercise</c>): the export and the card write codes, as annotations and other tools read them.
/// </summary>
internal sealed class TermCodes
{
    private readonly Dictionary<(TermSet, string), string> _codes = new();

    /// <summary>The codes of <paramref name="vocabulary"/>'s terms.</summary>
    public TermCodes(VocabularyModel vocabulary)
    {
        foreach (TermSet set in Enum.GetValues(typeof(TermSet)))
        {
            foreach (var term in vocabulary.Terms(set))
            {
                if (term.Member is { } member)
                {
                    _codes[(set, member)] = term.Code;
                }
            }
        }
    }

    /// <summary>The code of the term of <paramref name="set"/> with this member name (the name itself when there is none).</summary>
    public string Code(TermSet set, string member) => _codes.TryGetValue((set, member), out var code) ? code : member;
}
