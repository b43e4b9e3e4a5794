package org.drs.web.job;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drs.backup.BackupService;
import org.drs.job.JobRecord;

/**
 * Serves a job's own log file, the "log filename link" of the status and history pages. The file is
 * found through the job record, never through a path from the request.
 */
@WebServlet("/job-log")
public class JobLogServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private BackupService backups;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long jobId;
    try {
      jobId = Long.parseLong(request.getParameter("job"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Name the job: /job-log?job=<id>");
      return;
    }
    JobRecord job = backups.job(jobId).orElse(null);
    Path log = job == null ? null : Path.of(job.getLogFile());
    if (log == null || !Files.isRegularFile(log)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "Job " + jobId + " has no log file");
      return;
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.setHeader("Content-Disposition", "inline; filename=\"" + log.getFileName() + "\"");
    Files.copy(log, response.getOutputStream());
  }
}
