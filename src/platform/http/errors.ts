/** Errors a module throws for the error pages to render; anything else is a 500. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 409 | 410 | 429,
    message: string,
  ) {
    super(message)
  }
}

export class NotFoundError extends HttpError {
  constructor(what = 'page') {
    super(404, `Not found: ${what}`)
  }
}

export class ForbiddenError extends HttpError {
  constructor(reason = 'forbidden') {
    super(403, reason)
  }
}
