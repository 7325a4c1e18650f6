package org.councilworkspace.search;

import com.ibm.icu.lang.UScript;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.icu.tokenattributes.ScriptAttribute;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;

/**
 * Words in Thai, Japanese and English, and in text that mixes them. ICU's word break finds Thai words in text
 * written without spaces (by dictionary); Japanese, which ICU splits into single characters, is indexed as
 * overlapping pairs of characters, so a query of several characters must match them in a row; NFKC case folding
 * makes full-width Latin and digits match their ordinary forms; English words are reduced to their stem
 * (recycling, recycled: recycl), and only Latin-script words, so no other script is touched by English rules.
 */
final class SearchAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream stream = new CJKBigramFilter(tokenizer);
        stream = new ICUNormalizer2Filter(stream);
        stream = new LatinOnly(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** English possessives and stemming, applied to Latin-script tokens only. */
    private static final class LatinOnly extends ConditionalTokenFilter {

        private final ScriptAttribute script = addAttribute(ScriptAttribute.class);

        LatinOnly(TokenStream input) {
            super(input, in -> new PorterStemFilter(new EnglishPossessiveFilter(in)));
        }

        @Override
        protected boolean shouldFilter() {
            return script.getCode() == UScript.LATIN;
        }
    }
}
