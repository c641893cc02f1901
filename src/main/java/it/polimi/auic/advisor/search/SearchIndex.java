package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.knowledge.Document;
import it.polimi.auic.advisor.knowledge.FaqEntry;
import it.polimi.auic.advisor.knowledge.KnowledgeBase;
import it.polimi.auic.advisor.knowledge.Section;
import it.polimi.auic.advisor.knowledge.Verbatim;
import it.polimi.auic.advisor.language.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The regulation knowledge as an in-memory Lucene index: one Lucene document per passage (a section, or a
 * part of a long one), one per sentence or list item of a passage, and one per FAQ phrasing, each text
 * analysed both the English and the Italian way. Built once per version of {@code knowledge/}, then
 * read-only and safe to share between threads.
 */
public final class SearchIndex {

    private final KnowledgeBase knowledge;
    private final IndexSearcher searcher;
    private final Map<String, Passage> passages;
    private final int faqCount;
    private final Map<Language, Analyzer> contentAnalyzers;
    private final Map<Language, Map<String, Set<String>>> vocabularies;
    private final List<Hit.Source> sourceByDoc;

    private SearchIndex(KnowledgeBase knowledge, IndexSearcher searcher, Map<String, Passage> passages, int faqCount,
                        Map<Language, Analyzer> contentAnalyzers, Map<Language, Map<String, Set<String>>> vocabularies,
                        List<Hit.Source> sourceByDoc) {
        this.knowledge = knowledge;
        this.searcher = searcher;
        this.passages = passages;
        this.faqCount = faqCount;
        this.contentAnalyzers = contentAnalyzers;
        this.vocabularies = vocabularies;
        this.sourceByDoc = sourceByDoc;
    }

    public static SearchIndex build(KnowledgeBase knowledge) {
        return new Builder(knowledge).build();
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /** How text is analysed into the terms of {@code language}'s fields. */
    Analyzer contentAnalyzer(Language language) {
        return contentAnalyzers.get(language);
    }

    /** What the Lucene document {@code doc} stands for. */
    Hit.Source source(int doc) {
        return sourceByDoc.get(doc);
    }

    Optional<Passage> passage(String key) {
        return Optional.ofNullable(passages.get(key));
    }

    /** The normalised words of a passage, its headings, and the FAQ entries pointing at it, in one language. */
    Set<String> vocabulary(String passageKey, Language language) {
        return vocabularies.get(language).getOrDefault(passageKey, Set.of());
    }

    public int passageCount() {
        return passages.size();
    }

    public int faqCount() {
        return faqCount;
    }

    /** Writes the documents in order, noting for each what it stands for. */
    private static final class Builder {
        private final KnowledgeBase knowledge;
        private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);
        private final Map<String, Passage> passages = new LinkedHashMap<>();
        private final Map<String, List<Passage>> passagesOfSection = new HashMap<>();
        private final Map<Language, Map<String, Set<String>>> vocabularies = new EnumMap<>(Language.class);
        private final List<Hit.Source> sources = new ArrayList<>();

        Builder(KnowledgeBase knowledge) {
            this.knowledge = knowledge;
            for (Language language : Language.values()) {
                analyzers.put(language, Analyzers.content(language));
                vocabularies.put(language, new HashMap<>());
            }
        }

        SearchIndex build() {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            int faqCount = 0;
            // Documents keep the order they are added in (one segment, or adjacent merges only), which is how a
            // hit's document number finds what it stands for in sources.
            IndexWriterConfig config = new IndexWriterConfig(Analyzers.indexFields())
                    .setRAMBufferSizeMB(256)
                    .setMergePolicy(new LogDocMergePolicy());
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Document document : knowledge.documents()) {
                    for (Section section : document.sections()) {
                        addSection(writer, document, section);
                    }
                }
                for (FaqEntry entry : knowledge.faq()) {
                    Optional<Passage> target = answeringPassage(entry);
                    if (target.isPresent()) {
                        addFaq(writer, entry, target.get());
                        faqCount++;
                    }
                }
                writer.commit();
                DirectoryReader reader = DirectoryReader.open(directory);
                if (reader.maxDoc() != sources.size()) {
                    throw new IllegalStateException("index holds " + reader.maxDoc() + " documents for "
                            + sources.size() + " sources");
                }
                return new SearchIndex(knowledge, new IndexSearcher(reader), Map.copyOf(passages), faqCount,
                        Map.copyOf(analyzers), frozen(), List.copyOf(sources));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build the in-memory index", e);
            }
        }

        private void addSection(IndexWriter writer, Document document, Section section) throws IOException {
            String heading = headingPath(document, section);
            for (Passage passage : passagesOf(document, section)) {
                writer.addDocument(passageFields(passage, heading));
                sources.add(Hit.Source.of(passage, Hit.Kind.TEXT));
                passages.put(passage.key(), passage);
                passagesOfSection.computeIfAbsent(section.ref().toString(), k -> new ArrayList<>()).add(passage);
                addWords(passage.key(), heading + "\n" + passage.text());
                for (QuoteUnit unit : QuoteUnits.searchable(passage.text())) {
                    String text = unit.introText(passage.text()) + "\n" + unit.ownText(passage.text());
                    writer.addDocument(unitFields(passage.key(), text.strip()));
                    sources.add(Hit.Source.of(passage, Hit.Kind.UNIT));
                }
            }
        }

        /**
         * The passage holding the entry's first answer (a long section is cut into parts), or its section's
         * first passage; empty when the section has no text, which validation reports.
         */
        private Optional<Passage> answeringPassage(FaqEntry entry) {
            List<Passage> candidates = passagesOfSection.getOrDefault(entry.target().toString(), List.of());
            String answer = entry.answers().isEmpty() ? "" : entry.answers().get(0).text();
            return candidates.stream().filter(p -> Verbatim.contains(p.text(), answer)).findFirst()
                    .or(() -> candidates.stream().findFirst());
        }

        private void addFaq(IndexWriter writer, FaqEntry entry, Passage target) throws IOException {
            for (String phrasing : entry.allPhrasings()) {
                org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                doc.add(new StringField(SearchFields.KEY, target.key(), Field.Store.NO));
                for (Language language : Language.values()) {
                    doc.add(new TextField(SearchFields.of(language).faq(), phrasing, Field.Store.NO));
                }
                doc.add(new TextField(SearchFields.VOCABULARY, phrasing, Field.Store.NO));
                writer.addDocument(doc);
                Map<Language, Set<String>> words = new EnumMap<>(Language.class);
                for (Language language : Language.values()) {
                    words.put(language, terms(language, phrasing));
                }
                sources.add(new Hit.Source(target, Hit.Kind.FAQ, Optional.of(entry), words));
                addWords(target.key(), phrasing);
            }
        }

        private void addWords(String passageKey, String text) {
            for (Language language : Language.values()) {
                vocabularies.get(language).computeIfAbsent(passageKey, k -> new HashSet<>())
                        .addAll(terms(language, text));
            }
        }

        private Set<String> terms(Language language, String text) {
            Set<String> words = new HashSet<>();
            Tokens.of(analyzers.get(language), SearchFields.of(language).body(), text).forEach(t -> words.add(t.term()));
            return words;
        }

        private Map<Language, Map<String, Set<String>>> frozen() {
            Map<Language, Map<String, Set<String>>> frozen = new EnumMap<>(Language.class);
            vocabularies.forEach((language, byPassage) -> {
                Map<String, Set<String>> copy = new HashMap<>();
                byPassage.forEach((key, words) -> copy.put(key, Set.copyOf(words)));
                frozen.put(language, Map.copyOf(copy));
            });
            return frozen;
        }
    }

    private static List<Passage> passagesOf(Document document, Section section) {
        if (!section.hasText()) {
            return List.of();
        }
        List<String> parts = PassageSplitter.split(section.body());
        List<Passage> passages = new ArrayList<>(parts.size());
        String base = document.id() + "#" + section.id();
        for (int i = 0; i < parts.size(); i++) {
            String key = i == 0 ? base : base + "/" + (i + 1);
            passages.add(new Passage(key, section.ref(), document.title(), section.label(), section.title(),
                    parts.get(i)));
        }
        return passages;
    }

    /** The section's heading preceded by the headings it sits under ("Study Plan Attendance Studios"). */
    private static String headingPath(Document document, Section section) {
        StringBuilder path = new StringBuilder();
        for (String parentId : section.parentIds()) {
            document.section(parentId).ifPresent(parent -> path.append(parent.title()).append('\n'));
        }
        return path.append(section.title()).toString();
    }

    private static org.apache.lucene.document.Document passageFields(Passage passage, String headingPath) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(SearchFields.KEY, passage.key(), Field.Store.NO));
        for (Language language : Language.values()) {
            SearchFields.Fields fields = SearchFields.of(language);
            doc.add(new TextField(fields.heading(), headingPath, Field.Store.NO));
            doc.add(new TextField(fields.body(), passage.text(), Field.Store.NO));
        }
        doc.add(new TextField(SearchFields.VOCABULARY, headingPath + "\n" + passage.text(), Field.Store.NO));
        return doc;
    }

    private static org.apache.lucene.document.Document unitFields(String passageKey, String unit) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(SearchFields.TARGET, passageKey, Field.Store.NO));
        for (Language language : Language.values()) {
            doc.add(new TextField(SearchFields.of(language).unit(), unit, Field.Store.NO));
        }
        return doc;
    }
}
