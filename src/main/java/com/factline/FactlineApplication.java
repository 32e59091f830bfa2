package com.factline;

import com.factline.temporal.AnalyzeCommand;
import com.factline.temporal.EvaluateTimemlCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FactlineApplication {

    public static void main(String[] args) {
        // Command-line tools run without the web server or the database.
        if (args.length > 0 && args[0].equals("analyze")) {
            System.exit(AnalyzeCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("evaluate-timeml")) {
            System.exit(EvaluateTimemlCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("evaluate-discrepancies")) {
            System.exit(com.factline.discrepancy.EvaluateDiscrepancies.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("evaluate-timeline")) {
            System.exit(com.factline.proposal.draft.EvaluateTimelineCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("evaluate-temporal-gold")) {
            System.exit(com.factline.proposal.draft.EvaluateTemporalGoldCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && (args[0].equals("generate") || args[0].equals("bench"))) {
            System.exit(Cli.run(args[0], Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(FactlineApplication.class, args);
    }
}
