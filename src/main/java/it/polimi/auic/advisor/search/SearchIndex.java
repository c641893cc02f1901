package it.polimi.auic.advisor.search;

import it.polimi.auic.advisor.knowledge.Document;
import it.polimi.auic.advisor.knowledge.FaqEntry;
import it.polimi.auic.advisor.knowledge.KnowledgeBase;
import it.polimi.auic.advisor.knowledge.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The regulation knowledge as an in-memory Lucene index: one Lucene document per passage (a section, or a
 * part of a long one) and one per FAQ entry. Built once per version of {@code knowledge/}, then read-only
 * and safe to share between threads.
 */
public final class SearchIndex {

    static final String FAQ_KEY_PREFIX = "faq:";

    private final KnowledgeBase knowledge;
    private final IndexSearcher searcher;
    private final Map<String, Passage> passages;
    private final List<FaqEntry> faqByDoc;
    private final Analyzer indexAnalyzer;
    private final Map<String, Set<String>> vocabularies;
    private final List<Hit.Source> sourceByDoc;

    private SearchIndex(KnowledgeBase knowledge, IndexSearcher searcher, Map<String, Passage> passages,
                        List<FaqEntry> faqByDoc, Analyzer indexAnalyzer, Map<String, Set<String>> vocabularies) {
        this.knowledge = knowledge;
        this.searcher = searcher;
        this.passages = passages;
        this.faqByDoc = faqByDoc;
        this.indexAnalyzer = indexAnalyzer;
        this.vocabularies = vocabularies;
        this.sourceByDoc = sources(searcher.getIndexReader());
    }

    /**
     * What each Lucene document stands for, read once: the hot path then maps a hit to its passage without
     * touching stored fields.
     */
    private List<Hit.Source> sources(IndexReader reader) {
        try {
            StoredFields stored = reader.storedFields();
            List<Hit.Source> sources = new ArrayList<>(reader.maxDoc());
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                org.apache.lucene.document.Document fields = stored.document(doc);
                String key = fields.get(SearchFields.KEY);
                String target = fields.get(SearchFields.TARGET);
                if (target == null) {
                    sources.add(new Hit.Source(passages.get(key), Hit.Kind.TEXT, "", Set.of()));
                } else if (key.startsWith(FAQ_KEY_PREFIX)) {
                    Set<String> words = new HashSet<>();
                    addWords(indexAnalyzer, faqPhrasing(key), words);
                    sources.add(new Hit.Source(passages.get(target), Hit.Kind.FAQ, faqEntry(key).question(), words));
                } else {
                    sources.add(new Hit.Source(passages.get(target), Hit.Kind.UNIT, "", Set.of()));
                }
            }
            return List.copyOf(sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SearchIndex build(KnowledgeBase knowledge) {
        Analyzer analyzer = Analyzers.index();
        Analyzer fields = Analyzers.indexFields();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<String, Passage> passages = new LinkedHashMap<>();
        Map<String, String> firstPassageOfSection = new HashMap<>();
        List<FaqEntry> faq = new ArrayList<>();
        Map<String, Set<String>> vocabularies = new HashMap<>();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(fields))) {
            for (Document document : knowledge.documents()) {
                for (Section section : document.sections()) {
                    for (Passage passage : passagesOf(document, section)) {
                        String heading = headingPath(document, section);
                        writer.addDocument(passageFields(passage, heading));
                        passages.put(passage.key(), passage);
                        Set<String> words = vocabularies.computeIfAbsent(passage.key(), k -> new HashSet<>());
                        addWords(analyzer, heading + "\n" + passage.text(), words);
                        int[] bounds = QuoteUnits.boundaries(passage.text());
                        for (int i = 0; i + 1 < bounds.length; i++) {
                            String unit = passage.text().substring(bounds[i], bounds[i + 1]).strip();
                            if (!unit.isEmpty()) {
                                writer.addDocument(unitFields(passage.key() + "~" + i, unit, passage.key()));
                            }
                        }
                        firstPassageOfSection.putIfAbsent(section.ref().toString(), passage.key());
                    }
                }
            }
            for (FaqEntry entry : knowledge.faq()) {
                String target = firstPassageOfSection.get(entry.target().toString());
                if (target != null) {
                    writer.addDocuments(faqFields(faq.size(), entry, target));
                    faq.add(entry);
                    entry.allPhrasings().forEach(p -> addWords(analyzer, p, vocabularies.get(target)));
                }
            }
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            Map<String, Set<String>> frozen = new HashMap<>();
            vocabularies.forEach((key, words) -> frozen.put(key, Set.copyOf(words)));
            return new SearchIndex(knowledge, new IndexSearcher(reader), Map.copyOf(passages), List.copyOf(faq),
                    analyzer, Map.copyOf(frozen));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory index", e);
        }
    }

    private static void addWords(Analyzer analyzer, String text, Set<String> words) {
        Tokens.of(analyzer, SearchFields.BODY, text).forEach(t -> words.add(t.term()));
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
        doc.add(new StringField(SearchFields.KEY, passage.key(), Field.Store.YES));
        doc.add(new StringField(SearchFields.KIND, SearchFields.KIND_PASSAGE, Field.Store.NO));
        doc.add(new TextField(SearchFields.HEADING, headingPath, Field.Store.NO));
        doc.add(new TextField(SearchFields.BODY, passage.text(), Field.Store.NO));
        doc.add(new TextField(SearchFields.VOCABULARY, headingPath + "\n" + passage.text(), Field.Store.NO));
        return doc;
    }

    private static org.apache.lucene.document.Document unitFields(String key, String unit, String target) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(SearchFields.KEY, key, Field.Store.YES));
        doc.add(new StringField(SearchFields.KIND, SearchFields.KIND_UNIT, Field.Store.NO));
        doc.add(new StringField(SearchFields.TARGET, target, Field.Store.YES));
        doc.add(new TextField(SearchFields.UNIT, unit, Field.Store.NO));
        return doc;
    }

    /** One Lucene document per phrasing, so a question is matched against the closest one alone. */
    private static List<org.apache.lucene.document.Document> faqFields(int number, FaqEntry entry, String target) {
        List<org.apache.lucene.document.Document> docs = new ArrayList<>();
        List<String> phrasings = entry.allPhrasings();
        for (int i = 0; i < phrasings.size(); i++) {
            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
            doc.add(new StringField(SearchFields.KEY, FAQ_KEY_PREFIX + number + ":" + i, Field.Store.YES));
            doc.add(new StringField(SearchFields.KIND, SearchFields.KIND_FAQ, Field.Store.NO));
            doc.add(new StringField(SearchFields.TARGET, target, Field.Store.YES));
            doc.add(new TextField(SearchFields.FAQ, phrasings.get(i), Field.Store.NO));
            doc.add(new TextField(SearchFields.VOCABULARY, phrasings.get(i), Field.Store.NO));
            docs.add(doc);
        }
        return docs;
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    /** What the Lucene document {@code doc} stands for. */
    Hit.Source source(int doc) {
        return sourceByDoc.get(doc);
    }

    Optional<Passage> passage(String key) {
        return Optional.ofNullable(passages.get(key));
    }

    /** The phrasing stored under "faq:ENTRY:PHRASING". */
    private String faqPhrasing(String key) {
        String[] numbers = key.substring(FAQ_KEY_PREFIX.length()).split(":");
        return faqEntry(key).allPhrasings().get(Integer.parseInt(numbers[1]));
    }

    /** The FAQ entry one of whose phrasings is stored under "faq:ENTRY:PHRASING". */
    FaqEntry faqEntry(String key) {
        String numbers = key.substring(FAQ_KEY_PREFIX.length());
        return faqByDoc.get(Integer.parseInt(numbers.substring(0, numbers.indexOf(':'))));
    }

    /** The normalised words of a passage, its headings, and the FAQ entries pointing at it. */
    Set<String> vocabulary(String passageKey) {
        return vocabularies.getOrDefault(passageKey, Set.of());
    }

    public int passageCount() {
        return passages.size();
    }

    public int faqCount() {
        return faqByDoc.size();
    }
}
