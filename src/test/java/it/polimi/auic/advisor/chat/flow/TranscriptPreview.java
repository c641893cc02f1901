package it.polimi.auic.advisor.chat.flow;

/** Prints sample conversations, to read the flows as a student would (not a test). */
public final class TranscriptPreview {

    public static void main(String[] args) {
        FlowDriver en = FlowDriver.english();
        for (String message : new String[] {"am I eligible for automatic admission?", "yes", "L17", "2020/21", "skip",
                "30/02/2023", "18/07/2023", "140", "28,1", "back", "28.1", "yes"}) {
            en.send(message);
        }
        System.out.println(en.transcript());
        System.out.println("=========");
        FlowDriver it = FlowDriver.italian();
        for (String message : new String[] {"/g 28x8 30Lx12 25x6"}) {
            it.send(message);
        }
        System.out.println(it.transcript());
        System.out.println("=========");
        FlowDriver a = FlowDriver.english();
        for (String message : new String[] {"check my Alliance4Tech plan", "MSC1_WINTER", "P P B M", "20", "10", "62"}) {
            a.send(message);
        }
        System.out.println(a.transcript());
        System.out.println("=========");
        FlowDriver s = FlowDriver.italian();
        for (String message : new String[] {"verifica la scadenza del mio esame di laboratorio", "2025/26", "84/120"}) {
            s.send(message);
        }
        System.out.println(s.transcript());
        System.out.println("=========");
        FlowDriver m = FlowDriver.english();
        for (String message : new String[] {"estimate my merit score", "26", "155", "8", "2", "0", "yes", "170"}) {
            m.send(message);
        }
        System.out.println(m.transcript());
    }
}
